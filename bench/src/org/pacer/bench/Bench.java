package org.pacer.bench;

import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.pacer.PacerApplication;
import org.pacer.catalogue.PersistentNeed;
import org.pacer.catalogue.PersistentNeedRepository;
import org.pacer.identity.Roles;
import org.pacer.improvement.ImprovementService;
import org.pacer.measure.Direction;
import org.pacer.measure.MeasureDraft;
import org.pacer.measure.MeasureService;
import org.pacer.process.Processes;
import org.pacer.relationship.Provider;
import org.pacer.relationship.ProviderKind;
import org.pacer.relationship.RelationshipLifecycle;
import org.pacer.relationship.RelationshipService;
import org.pacer.relationship.ReviewPeriod;
import org.pacer.result.ResultEntry;
import org.pacer.result.ResultService;
import org.pacer.result.ResultSource;
import org.pacer.review.ReviewService;
import org.pacer.scorecard.ScorecardService;
import org.pacer.sourcing.SourcingService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Pacer's benchmark: starts Pacer on an in-memory database, creates an organisation's data through Pacer's own
 * services, and times each case beside its baseline in the same run, so the ratio holds when the machine's speed
 * drifts. Prints one table and writes it as CSV and Markdown. Never part of ./mvnw verify; run it with bench/run.
 */
public final class Bench {

	private static final String PASSWORD = "Bench-Pass-2026!";

	private static final int WARMUP = 20;

	private static final int RUNS = 40;

	private final ConfigurableApplicationContext app;

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<Row> rows = new ArrayList<>();

	private Bench(ConfigurableApplicationContext app) {
		this.app = app;
	}

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
		List<String> cases = List.of(System.getProperty("bench.cases", "1,3,5").split(","));
		List<Row> rows = new ArrayList<>();
		// first, while no Pacer runs inside this JVM: its starts are timed as separate processes
		if (cases.contains("5")) {
			rows.addAll(new StartCase(Path.of(System.getProperty("bench.pacerJar", "target/pacer.jar")),
					Path.of(System.getProperty("bench.bareJar", "bench/bare/target/pacer-bench-bare.jar")),
					List.of(System.getProperty("bench.jvmArgs", "").split("\\s+")).stream().filter(a -> !a.isBlank())
							.toList(),
					Integer.getInteger("bench.startRuns", 3), out).run());
		}
		if (cases.contains("1") || cases.contains("2") || cases.contains("3")) {
			rows.addAll(inProcess(cases));
		}
		report(out, rows);
	}

	private static List<Row> inProcess(List<String> cases) throws Exception {
		int managerTasks = Integer.getInteger("bench.managerTasks", 10_000);
		int groupTasks = Integer.getInteger("bench.groupTasks", 2_000);
		ConfigurableApplicationContext app = new SpringApplicationBuilder(PacerApplication.class).run(
				"--spring.datasource.url=jdbc:h2:mem:pacer-bench;DB_CLOSE_DELAY=-1",
				"--server.port=0",
				"--pacer.demo.enabled=false",
				"--camunda.bpm.job-execution.enabled=false",
				// one caller's timed API calls, hundreds a minute, are not what the rate limit is for
				"--pacer.api.burst=1000000", "--pacer.api.per-minute=1000000",
				"--logging.level.root=WARN",
				"--logging.level.org.pacer=WARN");
		try {
			Bench bench = new Bench(app);
			if (cases.contains("1")) {
				bench.inbox(managerTasks, groupTasks);
			}
			if (cases.contains("2")) {
				bench.lists(Integer.getInteger("bench.listRelationships", 1_000),
						Integer.getInteger("bench.listProviders", 300), Integer.getInteger("bench.listManagers", 30),
						Integer.getInteger("bench.listMeasures", 30), Integer.getInteger("bench.listPeriods", 36));
			}
			if (cases.contains("3")) {
				bench.scorecards(Integer.getInteger("bench.scorecardRelationships", 1_000),
						Integer.getInteger("bench.measures", 30));
			}
			return bench.rows;
		}
		finally {
			app.close();
		}
	}

	/**
	 * Case 1: a manager with {@code managerTasks} open tasks ("Set expected outcomes" of as many new relationships,
	 * made by the relationship service as the portal's form would) and a provider group with {@code groupTasks}
	 * ("Submit period results" of its reviews), against the engine's own paged task query on the same data.
	 */
	private void inbox(int managerTasks, int groupTasks) throws Exception {
		RelationshipService relationships = app.getBean(RelationshipService.class);
		RelationshipLifecycle lifecycle = app.getBean(RelationshipLifecycle.class);
		RuntimeService runtime = app.getBean(RuntimeService.class);
		TaskService tasks = app.getBean(TaskService.class);

		user("bench-manager", Roles.MANAGERS);
		List<Provider> providers = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			providers.add(relationships.createProvider("Bench provider " + i, ProviderKind.VENDOR));
		}
		Provider busy = providers.get(0);
		user("bench-vendor", busy.getCandidateGroup());
		// within the ten years a new relationship may reach back; 2,000 reviews over 34 relationships need five
		LocalDate start = LocalDate.now().withDayOfMonth(1).minusYears(9);
		List<Long> busyRelationships = new ArrayList<>();
		long made = System.nanoTime();
		for (int i = 0; i < managerTasks; i++) {
			Provider provider = providers.get(i % providers.size());
			var relationship = lifecycle.create(new RelationshipService.NewRelationship("Bench relationship " + i,
					provider.getId(), "bench-manager", ReviewPeriod.MONTHLY, start), "bench");
			if (provider == busy) {
				busyRelationships.add(relationship.getId());
			}
		}
		// each review of a period without measures waits for the provider's results
		int perRelationship = (groupTasks + busyRelationships.size() - 1) / busyRelationships.size();
		int reviews = 0;
		for (int p = 0; p < perRelationship && reviews < groupTasks; p++) {
			for (Long id : busyRelationships) {
				if (reviews++ == groupTasks) {
					break;
				}
				String period = start.plusMonths(p).toString();
				runtime.startProcessInstanceByKey(Processes.PERFORMANCE_REVIEW, Processes.reviewKey(id, period),
						Map.of("relationshipId", id, "periodStart", period));
			}
		}
		System.out.printf(Locale.ROOT, "inbox data: %d manager tasks, %d group tasks, made in %.0f s%n",
				tasks.createTaskQuery().taskAssignee("bench-manager").count(),
				tasks.createTaskQuery().taskCandidateUser("bench-vendor").count(), (System.nanoTime() - made) / 1e9);

		String due = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT).format(new Date());
		measure("inbox, manager, first page", managerTasks, page("/tasks", "bench-manager"),
				engineRest("assignee=bench-manager", "bench-manager"));
		measure("inbox, manager, filtered page", managerTasks,
				page("/tasks?step=Task_SetExpectedOutcomes&due=week", "bench-manager"),
				engineRest("assignee=bench-manager&taskDefinitionKey=Task_SetExpectedOutcomes&dueAfter=" + enc(due),
						"bench-manager"));
		measure("inbox, provider group, first page", groupTasks, page("/tasks", "bench-vendor"),
				engineRest("candidateUser=bench-vendor", "bench-manager"));
	}

	/**
	 * Case 2: the lists at an organisation's size. {@code count} relationships of {@code providerCount} providers and
	 * {@code managerCount} managers, each started by the lifecycle (its "Set expected outcomes" task open), with
	 * {@code measures} measures and {@code periods} periods of results, reviews and scorecards made by the measure,
	 * result, review and scorecard services as the review process's steps call them; an improvement plan for each
	 * review whose scorecard has a RED measure in the last period, a sourcing decision prepared for every tenth
	 * relationship. Then each list as a manager (and the relationships list as a provider's person) over HTTP: pages
	 * with the session of a form sign-in, the API with HTTP Basic, as its callers do. No baseline: the goal is an
	 * absolute one (p95 under 100 ms each).
	 */
	private void lists(int count, int providerCount, int managerCount, int measures, int periods) throws Exception {
		ImprovementService improvements = app.getBean(ImprovementService.class);
		SourcingService sourcing = app.getBean(SourcingService.class);
		Organisation org = new Organisation(app);

		List<String> managers = new ArrayList<>();
		for (int i = 0; i < managerCount; i++) {
			managers.add("lists-manager-" + i);
			user(managers.get(i), Roles.MANAGERS);
		}
		List<Provider> providers = new ArrayList<>();
		for (int i = 0; i < providerCount; i++) {
			providers.add(org.relationships.createProvider("Lists provider " + i, ProviderKind.VENDOR));
		}
		user("lists-vendor", providers.get(0).getCandidateGroup());
		LocalDate first = LocalDate.now().withDayOfMonth(1).minusMonths(periods);
		long made = System.nanoTime();
		long sample = 0;
		for (int i = 0; i < count; i++) {
			long id = org.lifecycle.create(new RelationshipService.NewRelationship("Lists relationship %04d".formatted(i),
					providers.get(i % providers.size()).getId(), managers.get(i % managers.size()),
					ReviewPeriod.MONTHLY, first), "bench").getId();
			List<Long> measureIds = new ArrayList<>();
			for (int m = 0; m < measures; m++) {
				measureIds.add(org.measures.define(id, org.measure(m), "bench").getId());
			}
			for (int p = 0; p < periods; p++) {
				LocalDate period = first.plusMonths(p);
				List<ResultEntry> entries = new ArrayList<>();
				for (int m = 0; m < measures; m++) {
					entries.add(new ResultEntry(measureIds.get(m), BigDecimal.valueOf(70 + (i + m + p) % 30), null));
				}
				org.results.submit(id, period, entries, ResultSource.API, "bench");
				long review = org.reviews.open(id, period, null).getId();
				if (org.scorecards.compute(id, period, review).hasRed() && p == periods - 1) {
					improvements.open(review, id);
				}
			}
			if (i % 10 == 0) {
				sourcing.prepare(id);
			}
			sample = i == count / 2 ? id : sample;
		}
		System.out.printf(Locale.ROOT, "lists data: %d relationships, %d providers, %d managers, %d measures, "
				+ "%d periods, made in %.0f s%n", count, providerCount, managerCount, measures, periods,
				(System.nanoTime() - made) / 1e9);

		String size = count + " x " + periods;
		String manager = managers.get(0);
		timed("relationships list, first page", size, page("/relationships", manager));
		timed("relationships list, RED by provider, page 2", size,
				page("/relationships?standing=RED&sort=provider&page=1", manager));
		timed("relationships list, a provider's person", size, page("/relationships", "lists-vendor"));
		timed("dashboard", size, page("/dashboard", manager));
		timed("a relationship page", size, page("/relationships/" + sample, manager));
		timed("audit trail, second page", size, page("/relationships/" + sample + "?auditPage=1", manager));
		timed("notifications", size, page("/account/notifications", manager));
		for (String list : List.of("/api/v1/relationships", "/api/v1/relationships?standing=RED&page=2",
				"/api/v1/reviews", "/api/v1/scorecards", "/api/v1/improvement-plans", "/api/v1/sourcing-decisions",
				"/api/v1/providers", "/api/v1/relationships/" + sample + "/results")) {
			timed("GET " + list.replace("/" + sample + "/", "/{id}/"), size, api(list, manager));
		}
	}

	/** The services the cases make their data with, as the portal's forms and the processes' steps call them. */
	private record Organisation(RelationshipService relationships, RelationshipLifecycle lifecycle,
			MeasureService measures, ResultService results, ReviewService reviews, ScorecardService scorecards,
			List<PersistentNeed> needs) {

		Organisation(ConfigurableApplicationContext app) {
			this(app.getBean(RelationshipService.class), app.getBean(RelationshipLifecycle.class),
					app.getBean(MeasureService.class), app.getBean(ResultService.class), app.getBean(ReviewService.class),
					app.getBean(ScorecardService.class), app.getBean(PersistentNeedRepository.class).findAll());
		}

		/** The m-th measure of a relationship: every third lower-is-better, targets 90 (or 10), amber 80 (or 20). */
		MeasureDraft measure(int m) {
			boolean higher = m % 3 != 0;
			return new MeasureDraft(needs.get(m % needs.size()).getId(), "Measure " + m, "%",
					higher ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER, BigDecimal.valueOf(higher ? 90 : 10),
					BigDecimal.valueOf(higher ? 80 : 20), BigDecimal.ONE);
		}
	}

	/** An API client's call: HTTP Basic with the person's portal sign-in, no session (Pacer's API, the engine's). */
	private Callable<Object> api(String path, String user) {
		return fetch(http, uri(path), "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	/** A case with no baseline: its p50 and p95, and the size of its answer. */
	private void timed(String name, String size, Callable<Object> pacer) throws Exception {
		double[] p = times(pacer);
		rows.add(new Row(name, size, "ms", percentile(p, 50), percentile(p, 95), null, null, null,
				(Integer) pacer.call()));
	}

	/**
	 * Case 3: one period's scorecards for {@code count} relationships of {@code measures} measures each, computed by
	 * the scorecard service set-based ({@code computeAll}: one call, one transaction, for the whole period), beside
	 * the baseline of one review after another as the review processes do. The data comes from Pacer's services:
	 * relationships by the lifecycle, measures by the measure service, a full period of results by the result
	 * service, the reviews opened by the review service (as the review process's first step does). The set-based
	 * pass runs second, so it also replaces the scorecards the one-by-one pass stored. The goal is absolute (under
	 * 1 s in total); the ratio is the set-based total over the one-by-one total.
	 */
	private void scorecards(int count, int measures) {
		Organisation org = new Organisation(app);

		user("bench-scorer", Roles.MANAGERS);
		List<Provider> providers = new ArrayList<>();
		for (int i = 0; i < Math.max(1, count / 10); i++) {
			providers.add(org.relationships.createProvider("Scorecard provider " + i, ProviderKind.VENDOR));
		}
		LocalDate period = LocalDate.now().withDayOfMonth(1).minusMonths(1);
		Map<Long, Long> reviewOf = new LinkedHashMap<>();
		long made = System.nanoTime();
		for (int i = 0; i < count; i++) {
			long id = org.lifecycle.create(new RelationshipService.NewRelationship("Scorecard relationship " + i,
					providers.get(i % providers.size()).getId(), "bench-scorer", ReviewPeriod.MONTHLY, period),
					"bench").getId();
			List<ResultEntry> entries = new ArrayList<>();
			for (int m = 0; m < measures; m++) {
				// results spread over green, amber and red
				long measure = org.measures.define(id, org.measure(m), "bench-scorer").getId();
				entries.add(new ResultEntry(measure, BigDecimal.valueOf(70 + (i + m) % 30), null));
			}
			org.results.submit(id, period, entries, ResultSource.API, "bench-scorer");
			reviewOf.put(id, org.reviews.open(id, period, null).getId());
		}
		System.out.printf(Locale.ROOT, "scorecard data: %d relationships, %d measures each, made in %.0f s%n", count,
				measures, (System.nanoTime() - made) / 1e9);

		String size = count + " x " + measures;
		double[] millis = oneByOne(org.scorecards, reviewOf, period);
		double oneByOneTotal = millis[millis.length - 1] / 1e3;
		List<ScorecardService.ReviewToScore> all = reviewOf.entrySet().stream()
				.map(r -> new ScorecardService.ReviewToScore(r.getKey(), r.getValue())).toList();
		long start = System.nanoTime();
		int computed = org.scorecards.computeAll(period, all).size();
		double setBased = (System.nanoTime() - start) / 1e9;
		if (computed != count) {
			throw new IllegalStateException("computeAll gave " + computed + " scorecards for " + count + " reviews");
		}
		rows.add(new Row("scorecards of one period, set-based (base: one by one)", size, "s", setBased, setBased,
				oneByOneTotal, oneByOneTotal, setBased / oneByOneTotal, null));
		rows.add(new Row("one scorecard, one by one", size, "ms", percentile(millis, 50, count),
				percentile(millis, 95, count), null, null, null, null));
	}

	/**
	 * Every review's scorecard, one call each (its own transaction, as each review process's step is): the sorted
	 * milliseconds of each call, followed by the total.
	 */
	private static double[] oneByOne(ScorecardService scorecards, Map<Long, Long> reviewOf, LocalDate period) {
		double[] millis = new double[reviewOf.size() + 1];
		int i = 0;
		long all = System.nanoTime();
		for (Map.Entry<Long, Long> review : reviewOf.entrySet()) {
			long start = System.nanoTime();
			scorecards.compute(review.getKey(), period, review.getValue());
			millis[i++] = (System.nanoTime() - start) / 1e6;
		}
		millis[i] = (System.nanoTime() - all) / 1e6;
		Arrays.sort(millis, 0, i);
		return millis;
	}

	/**
	 * A page as a signed-in person fetches it: one form sign-in, then the session cookie, as a browser does (HTTP
	 * Basic on a page would make and store a new session on every request).
	 */
	private Callable<Object> page(String path, String user) throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
				.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
		if (!csrf.find()) {
			throw new IllegalStateException("The sign-in page has no CSRF token");
		}
		String form = "username=" + enc(user) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf.group(1));
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException(user + " could not sign in: " + signedIn.statusCode());
		}
		return fetch(browser, uri(path), null);
	}

	/**
	 * The engine's own paged task query over its REST API (HTTP Basic, stateless), as staff: provider people have no
	 * access to /engine-rest, so their group's tasks are asked for by the manager.
	 */
	private Callable<Object> engineRest(String query, String user) {
		return api("/engine-rest/task?" + query + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50", user);
	}

	private static Callable<Object> fetch(HttpClient client, URI uri, String authorization) {
		return () -> {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/html,application/json");
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(uri + " answered " + response.statusCode());
			}
			return response.body().length;
		};
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort() + path);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private void measure(String name, int size, Callable<Object> pacer, Callable<Object> baseline) throws Exception {
		double[] p = times(pacer);
		double[] b = times(baseline);
		int bytes = (Integer) pacer.call();
		rows.add(new Row(name, Integer.toString(size), "ms", percentile(p, 50), percentile(p, 95), percentile(b, 50),
				percentile(b, 95), percentile(p, 95) / percentile(b, 95), bytes));
	}

	private static double[] times(Callable<Object> work) throws Exception {
		for (int i = 0; i < WARMUP; i++) {
			work.call();
		}
		double[] millis = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			work.call();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static double percentile(double[] sorted, int p) {
		return percentile(sorted, p, sorted.length);
	}

	/** The p-th percentile of the first {@code n} values of a sorted array. */
	private static double percentile(double[] sorted, int p, int n) {
		return sorted[Math.min(n - 1, (int) Math.ceil(p / 100.0 * n) - 1)];
	}

	private void user(String id, String group) {
		IdentityService identity = app.getBean(IdentityService.class);
		User user = identity.newUser(id);
		user.setFirstName(id);
		user.setLastName("Bench");
		user.setPassword(PASSWORD);
		((IdentityServiceImpl) identity).saveUser(user, true);
		identity.createMembership(id, group);
	}

	/** The table: mid and high are p50 and p95 of latencies, the median and the max of starts (see Row). */
	private static void report(Path out, List<Row> rows) throws Exception {
		Files.createDirectories(out);
		StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-44s %9s %4s %10s %10s %12s %12s %7s %8s%n",
				"case", "size", "unit", "p50/med", "p95/max", "base p50/med", "base p95/max", "ratio", "bytes"));
		StringBuilder csv = new StringBuilder(
				"case,size,unit,p50_or_median,p95_or_max,baseline_p50_or_median,baseline_p95_or_max,ratio,bytes\n");
		StringBuilder md = new StringBuilder("| case | size | unit | p50 / median | p95 / max | baseline p50 / median "
				+ "| baseline p95 / max | ratio | bytes |\n|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
		for (Row r : rows) {
			String bytes = r.bytes() == null ? "" : r.bytes().toString();
			String baseMid = figure(r.baseMid());
			String baseHigh = figure(r.baseHigh());
			String ratio = r.ratio() == null ? "" : String.format(Locale.ROOT, "%.2fx", r.ratio());
			table.append(String.format(Locale.ROOT, "%-44s %9s %4s %10.1f %10.1f %12s %12s %7s %8s%n", r.name(),
					r.size(), r.unit(), r.mid(), r.high(), baseMid, baseHigh, ratio, bytes));
			csv.append(String.format(Locale.ROOT, "\"%s\",\"%s\",%s,%.1f,%.1f,%s,%s,%s,%s%n", r.name(), r.size(),
					r.unit(), r.mid(), r.high(), baseMid, baseHigh, r.ratio() == null ? "" : figure(r.ratio(), "%.2f"),
					bytes));
			md.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %s | %s | %s | %s |%n", r.name(),
					r.size(), r.unit(), r.mid(), r.high(), baseMid, baseHigh, ratio, bytes));
		}
		System.out.println();
		System.out.print(table);
		Files.writeString(out.resolve("results.csv"), csv);
		Files.writeString(out.resolve("results.md"), md);
	}

	/** A figure of the table; empty where a case has no baseline. */
	private static String figure(Double value) {
		return figure(value, "%.1f");
	}

	private static String figure(Double value, String format) {
		return value == null ? "" : String.format(Locale.ROOT, format, value);
	}
}
