package org.pacer.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A browser test class: its own Pacer (demo data unless {@link #settings()} says otherwise, job executor on) on its own
 * database for the whole class, and a fresh browser session per test named after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	@TempDir
	static Path dataDir;

	static PacerInBrowser pacer;

	BrowserSession browser;

	/** What Pacer starts with, beside its own database and port. */
	String[] settings() {
		return new String[] { "--pacer.demo.enabled=true" };
	}

	@BeforeAll
	void startPacer() {
		pacer = PacerInBrowser.start(dataDir, settings());
	}

	@AfterAll
	void stopPacer() {
		if (pacer != null) {
			pacer.close();
			pacer = null;
		}
	}

	@BeforeEach
	void openBrowser(TestInfo test) {
		browser = pacer.session(test.getTestMethod().orElseThrow().getName());
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}
}
