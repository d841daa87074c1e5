package org.pacer.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import org.camunda.bpm.engine.task.Task;

/**
 * One test's browser: its own context (cookies, session), one page, and numbered full-page screenshots under
 * target/browser/&lt;test&gt;-&lt;nn&gt;-&lt;step&gt;.png, so a failed walk can be read step by step.
 */
final class BrowserSession implements AutoCloseable {

	private static final Path SCREENSHOTS = Path.of("target", "browser");

	/** How long a page may take to show what a step expects; a busy CI machine renders Cockpit slowly. */
	private static final Duration WAIT = Duration.ofSeconds(20);

	private final PacerInBrowser pacer;

	private final BrowserContext context;

	private final Page page;

	private final String testName;

	private int step;

	BrowserSession(PacerInBrowser pacer, BrowserContext context, String testName) {
		this.pacer = pacer;
		this.context = context;
		this.testName = testName;
		// bounded waits: a page that never shows what we expect fails the test instead of hanging it
		context.setDefaultTimeout(WAIT.toMillis());
		context.setDefaultNavigationTimeout(2 * WAIT.toMillis());
		PlaywrightAssertions.setDefaultAssertionTimeout(WAIT.toMillis());
		this.page = context.newPage();
		forgetScreenshotsOfEarlierRuns();
	}

	/** A rerun must not leave a step of an earlier run between its own screenshots. */
	private void forgetScreenshotsOfEarlierRuns() {
		try (DirectoryStream<Path> earlier = Files.newDirectoryStream(SCREENSHOTS, testName + "-[0-9][0-9]-*.png")) {
			for (Path shot : earlier) {
				Files.delete(shot);
			}
		}
		catch (NoSuchFileException e) {
			// first run: nothing to forget
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Page page() {
		return page;
	}

	/** Opens a Pacer address and answers the HTTP status of the page finally shown (after redirects). */
	int open(String path) {
		Response response = page.navigate(pacer.url(path));
		return response == null ? 0 : response.status();
	}

	/** Signs in on Pacer's login page (as a new visitor) and waits until Pacer has taken the user in. */
	void signIn(String user) {
		signIn(user, user);
	}

	/** As {@link #signIn(String)}, with the user's own password (the demo users' password is their name). */
	void signIn(String user, String password) {
		context.clearCookies();
		open("/login");
		page.locator("#username").fill(user);
		page.locator("#password").fill(password);
		page.locator("form button[type=submit]").click();
		page.waitForURL(url -> !URI.create(url).getPath().equals("/login"));
	}

	/** Opens a task the way its user does: from the inbox, by its link. */
	void openFromInbox(Task task) {
		open("/tasks");
		find("a[href$='/tasks/" + task.getId() + "']").click();
		page.waitForURL(url -> URI.create(url).getPath().endsWith("/tasks/" + task.getId()));
	}

	/** Sends a form that completes its task and waits for the inbox with Pacer's "done" message. */
	void complete(Locator submit) {
		submit.click();
		page.waitForURL(url -> URI.create(url).getPath().equals("/tasks"));
		expect(find("#done-message")).isVisible();
	}

	/**
	 * Sends a form and answers the HTTP status of Pacer's answer to the post. The answer's page may still be loading:
	 * look first for something only it shows.
	 */
	int post(Locator submit) {
		return page.waitForResponse(r -> r.request().method().equals("POST") && r.request().isNavigationRequest(),
				submit::click).status();
	}

	/** The path of the address the browser is on now. */
	String path() {
		return URI.create(page.url()).getPath();
	}

	Locator find(String selector) {
		return page.locator(selector);
	}

	/** Playwright's retrying assertions (they wait up to the default timeout for the page to catch up). */
	static LocatorAssertions expect(Locator locator) {
		return PlaywrightAssertions.assertThat(locator);
	}

	void shot(String name) {
		step++;
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(SCREENSHOTS.resolve(String.format("%s-%02d-%s.png", testName, step, name))));
	}

	@Override
	public void close() {
		context.close();
	}
}
