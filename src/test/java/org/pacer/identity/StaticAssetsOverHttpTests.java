package org.pacer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Static files as a browser gets them from a running Pacer (decision 23): every file a page links is under a
 * content-hashed URL cached for a year, links inside style sheets are hashed too, a stale hash is not served, and
 * text goes gzipped while pages stay uncached.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaticAssetsOverHttpTests {

	private static final Logger log = LoggerFactory.getLogger(StaticAssetsOverHttpTests.class);

	private static final Pattern LINK = Pattern.compile("(?:href|src)=\"(/(?:css|js|vendor|webjars)/[^\"]+)\"");

	private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?(?!data:)([^'\")]+)['\"]?\\s*\\)");

	private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.[a-z0-9]+$");

	private static final String OWNER = "assets-owner";

	private static final String PASSWORD = "Strong-Pass-1";

	@TempDir
	static Path dataDir;

	private PacerOverHttp pacer;

	private String session;

	@BeforeAll
	void start() {
		pacer = PacerOverHttp.onH2(dataDir);
		pacer.user(OWNER, PASSWORD, Roles.PROCESS_OWNERS, Roles.ADMINS);
		session = pacer.signedIn(OWNER, PASSWORD);
	}

	@AfterAll
	void stop() {
		pacer.close();
	}

	@Test
	void everyFileAPageLinksIsHashedAndCachedForAYear() {
		Set<String> links = new LinkedHashSet<>(links(pacer.get("/login").body()));
		for (String page : pages()) {
			HttpResponse<String> answer = pacer.get(page, "Cookie", session);
			assertThat(answer.statusCode()).as(page).isEqualTo(200);
			links.addAll(links(answer.body()));
		}
		assertThat(links).as("pages link the portal's css, htmx, chart.js and the modelers")
				.anyMatch(l -> l.startsWith("/css/")).anyMatch(l -> l.startsWith("/webjars/htmx.org/"))
				.anyMatch(l -> l.startsWith("/vendor/camunda-bpmn-js/")).anyMatch(l -> l.startsWith("/vendor/dmn-js/"));
		for (String link : links) {
			assertThat(link).as("linked by a page").matches(HASHED);
			HttpResponse<byte[]> file = pacer.bytes(link);
			assertThat(file.statusCode()).as(link).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control")).as(link).hasValue("max-age=31536000, public");
		}
	}

	@Test
	void linksInsideStyleSheetsAreHashedToo() {
		List<String> sheets = pages().stream().flatMap(p -> links(pacer.get(p, "Cookie", session).body()).stream())
				.filter(l -> l.endsWith(".css")).distinct().toList();
		List<String> inner = new ArrayList<>();
		for (String sheet : sheets) {
			Matcher url = CSS_URL.matcher(pacer.get(sheet).body());
			while (url.find()) {
				String target = url.group(1).split("[?#]")[0];
				String absolute = target.startsWith("/") ? target
						: sheet.substring(0, sheet.lastIndexOf('/') + 1) + target;
				inner.add(absolute);
			}
		}
		assertThat(inner).as("bpmn-js's font is linked from its style sheet").isNotEmpty();
		for (String link : inner) {
			assertThat(link).matches(HASHED);
			assertThat(pacer.bytes(link).statusCode()).as(link).isEqualTo(200);
		}
	}

	@Test
	void aStaleHashIsNotServedAndAFileWithoutItsHashIsRevalidated() {
		String css = links(pacer.get("/login").body()).stream().filter(l -> l.startsWith("/css/")).findFirst()
				.orElseThrow();
		String stale = css.replaceAll("-[0-9a-f]{32}\\.", "-" + "0".repeat(32) + ".");
		assertThat(pacer.bytes(stale).statusCode()).isEqualTo(404);
		HttpResponse<byte[]> unhashed = pacer.bytes(css.replaceAll("-[0-9a-f]{32}\\.", "."));
		assertThat(unhashed.statusCode()).isEqualTo(200);
		assertThat(unhashed.headers().firstValue("Cache-Control")).as("revalidated, not kept a year").hasValue("no-cache");
	}

	@Test
	void textGoesGzippedAndPagesStayUncached() {
		String script = pages().stream().flatMap(p -> links(pacer.get(p, "Cookie", session).body()).stream())
				.filter(l -> l.contains("camunda-platform-modeler") && l.endsWith(".js")).findFirst().orElseThrow();
		HttpResponse<byte[]> plain = pacer.bytes(script);
		HttpResponse<byte[]> gzipped = pacer.bytes(script, "Accept-Encoding", "gzip");
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
		log.info("{}: {} bytes, {} gzipped", script, plain.body().length, gzipped.body().length);

		HttpResponse<byte[]> page = pacer.bytes("/processes", "Cookie", session, "Accept-Encoding", "gzip");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
	}

	/** The set-up page, the process list, the BPMN modeler on the lifecycle and the DMN modeler on a rating table. */
	private List<String> pages() {
		RepositoryService repository = pacer.app.getBean(RepositoryService.class);
		String bpmn = repository.createProcessDefinitionQuery().processDefinitionKey("relationship-lifecycle")
				.latestVersion().singleResult().getId();
		String dmn = repository.createDecisionDefinitionQuery().latestVersion().list().get(0).getId();
		return List.of("/start", "/processes", "/processes/modeler?definition=" + bpmn, "/processes/modeler?definition=" + dmn);
	}

	private static List<String> links(String html) {
		List<String> found = new ArrayList<>();
		Matcher link = LINK.matcher(html);
		while (link.find()) {
			found.add(link.group(1));
		}
		return found;
	}
}
