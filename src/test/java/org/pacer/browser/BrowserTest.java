package org.pacer.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * A browser test class: its own Pacer (demo data, job executor on) on its own database for the whole class, and a
 * fresh browser session per test named after it.
 */
abstract class BrowserTest {

	@TempDir
	static Path dataDir;

	static PacerInBrowser pacer;

	BrowserSession browser;

	@BeforeAll
	static void startPacer() {
		pacer = PacerInBrowser.start(dataDir);
	}

	@AfterAll
	static void stopPacer() {
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
