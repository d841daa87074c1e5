package org.pacer.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Assumptions;
import org.pacer.PacerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Pacer started in the test JVM as a newcomer runs it (H2 file database, demo data, job executor on) and one headless
 * Debian Chromium to drive it. Without a chromium on the PATH the calling test class is skipped, not failed.
 */
final class PacerInBrowser implements AutoCloseable {

	static final String NO_CHROMIUM = "Browser tests skipped: no chromium on the PATH; install Debian's chromium";

	/** Every wait in the browser tests ends: the engine's async steps usually take a second or two. */
	static final Duration PATIENCE = Duration.ofSeconds(60);

	private final ConfigurableApplicationContext app;

	private final Playwright playwright;

	private final Browser browser;

	private PacerInBrowser(ConfigurableApplicationContext app, Playwright playwright, Browser browser) {
		this.app = app;
		this.playwright = playwright;
		this.browser = browser;
	}

	/**
	 * Skips the test class when there is no chromium; otherwise starts Pacer on a fresh database with the given
	 * settings (demo data or none, a mail server) and the browser.
	 */
	static PacerInBrowser start(Path dataDir, String... settings) {
		Optional<Path> chromium = chromiumOnPath();
		Assumptions.assumeTrue(chromium.isPresent(), NO_CHROMIUM);
		List<String> arguments = new ArrayList<>(List.of(
				"--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("pacer") + ";DB_CLOSE_ON_EXIT=FALSE",
				"--server.port=0",
				"--camunda.bpm.generate-unique-process-application-name=true",
				"--camunda.bpm.job-execution.enabled=true"));
		arguments.addAll(List.of(settings));
		ConfigurableApplicationContext app = new SpringApplicationBuilder(PacerApplication.class)
				.run(arguments.toArray(String[]::new));
		Playwright playwright = null;
		try {
			// Debian's chromium is the browser; Playwright must never fetch its own, also outside surefire
			playwright = Playwright.create(new Playwright.CreateOptions()
					.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
					.setExecutablePath(chromium.get())
					.setHeadless(true)
					.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--no-first-run")));
			return new PacerInBrowser(app, playwright, browser);
		}
		catch (RuntimeException e) {
			if (playwright != null) {
				playwright.close();
			}
			app.close();
			throw e;
		}
	}

	static Optional<Path> chromiumOnPath() {
		String path = System.getenv("PATH");
		return path == null ? Optional.empty()
				: Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
						.map(dir -> Path.of(dir, "chromium")).filter(Files::isExecutable).findFirst();
	}

	<T> T bean(Class<T> type) {
		return app.getBean(type);
	}

	/** The open task of the given kind in the process with the business key, or null. */
	Task openTask(String businessKey, String taskKey) {
		return bean(TaskService.class).createTaskQuery().processInstanceBusinessKey(businessKey)
				.taskDefinitionKey(taskKey).singleResult();
	}

	/** A new object autowired by Pacer's context, e.g. a test fixture that is no bean of the app. */
	<T> T createBean(Class<T> type) {
		return app.getAutowireCapableBeanFactory().createBean(type);
	}

	String url(String path) {
		return "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort() + path;
	}

	/** A fresh browser context (no cookies, no session) for one test. */
	BrowserSession session(String testName) {
		return new BrowserSession(this, browser.newContext(), testName);
	}

	/** Polls until the probe finds something, for what the job executor does in the background. */
	static <T> T await(String what, Supplier<T> probe) {
		Instant giveUp = Instant.now().plus(PATIENCE);
		while (true) {
			T found = probe.get();
			if (found != null) {
				return found;
			}
			if (Instant.now().isAfter(giveUp)) {
				throw new AssertionError("Waited " + PATIENCE.toSeconds() + " s for " + what);
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting for " + what, e);
			}
		}
	}

	@Override
	public void close() {
		try {
			browser.close();
			playwright.close();
		}
		finally {
			app.close();
		}
	}
}
