package org.pacer.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.pacer.CycleFixtures;
import org.pacer.identity.Actors;
import org.pacer.identity.Roles;
import org.pacer.postgres.SharedPostgres;
import org.pacer.process.Processes;
import org.pacer.relationship.Relationship;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;

/**
 * Two Pacer nodes on one PostgreSQL with their job executors on, Camunda's shared-database cluster: they start
 * together on an empty database, run many review cycles with every timer and job exactly once, take over the locked
 * jobs of a third node killed in the middle of its work, and answer a double completion of one task with one success
 * and one 409. What each test counted and how long it took is printed and written to target/cluster-report.txt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

	/** Relationships and monthly cycles of the many-cycles test: 4 x 6 = 24 reviews. */
	private static final int RELATIONSHIPS = 4;

	private static final int CYCLES = 6;

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final List<String> report = new ArrayList<>();

	private static String database;

	private static NamedParameterJdbcTemplate db;

	private static PacerNode a;

	private static PacerNode b;

	private static Process killed;

	/** Every node mails here; a mail sent twice would arrive twice. */
	private static GreenMail smtp;

	@BeforeAll
	static void startTwoNodesAtTheSameMomentOnAnEmptyDatabase() throws Exception {
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		database = SharedPostgres.freshDatabase();
		db = new NamedParameterJdbcTemplate(SharedPostgres.dataSource(database));
		long started = System.nanoTime();
		List<PacerNode> nodes = together(() -> PacerNode.start("A", database, smtpPort()),
				() -> PacerNode.start("B", database, smtpPort()));
		a = nodes.get(0);
		b = nodes.get(1);
		record("two nodes started together on an empty database", started, "both up");
	}

	@AfterAll
	static void stopEverything() throws Exception {
		ClockUtil.reset();
		if (killed != null) {
			killed.destroyForcibly();
		}
		for (PacerNode node : new PacerNode[] { a, b }) {
			if (node != null) {
				node.close();
			}
		}
		if (smtp != null) {
			smtp.stop();
		}
		String table = String.join(System.lineSeparator(), report);
		System.out.println(table);
		Files.writeString(Path.of("target", "cluster-report.txt"), table + System.lineSeparator());
	}

	@Test
	@Order(1)
	void bothNodesCameUpWithOneSchemaAndOneDeployment() {
		assertThat(a.context.isActive()).isTrue();
		assertThat(b.context.isActive()).isTrue();
		assertThat(count("select count(*) from camunda_schema_history where version = '7.24.0' and success")).isEqualTo(1);
		assertThat(count("select count(*) from act_ge_schema_log")).isEqualTo(1);
		// duplicate filtering under Camunda's deployment lock: one version of each process, not one per node
		assertThat(count("select count(*) from act_re_procdef where version_ > 1")).isZero();
		assertThat(count("select count(*) from act_re_procdef where key_ = 'performance-review'")).isEqualTo(1);
	}

	@Test
	@Order(2)
	void everyTimerAndJobRunsExactlyOnceOverManyCycles() {
		long started = System.nanoTime();
		LocalDate first = LocalDate.of(2031, 1, 1);
		clockAt(first.atTime(9, 0));
		CycleFixtures fixtures = a.fixtures();
		List<Relationship> relationships = new ArrayList<>();
		List<String> lifecycles = new ArrayList<>();
		for (int i = 0; i < RELATIONSHIPS; i++) {
			Relationship relationship = fixtures.relationship(first);
			lifecycles.add(fixtures.startIntoReviewCycles(relationship, 1, 1, 0).getId());
			relationships.add(relationship);
		}
		giveEveryoneAnAddress(a.bean(IdentityService.class));

		for (int cycle = 0; cycle < CYCLES; cycle++) {
			LocalDate period = first.plusMonths(cycle);
			relationships.forEach(r -> fixtures.submitAll(r.getId(), period, 100));
			clockAt(period.plusMonths(1).atTime(6, 0));
			// the manager works on one node, the provider on the other, alternating per cycle
			PacerNode managerNode = cycle % 2 == 0 ? a : b;
			PacerNode providerNode = cycle % 2 == 0 ? b : a;
			for (Relationship relationship : relationships) {
				String key = Processes.reviewKey(relationship.getId(), period);
				Task review = awaitTask(managerNode, key, "Task_ReviewPerformance");
				TaskService managerTasks = managerNode.bean(TaskService.class);
				Object recommended = ((Map<?, ?>) managerTasks.getVariable(review.getId(), "recommendation"))
						.get("improvementNeeded");
				Actors.runAs(CycleFixtures.MANAGER, () -> managerTasks.complete(review.getId(),
						Map.of("assessment", "Cycle " + period, "improvementNeeded", recommended)));
				Task acknowledge = awaitTask(providerNode, key, "Task_AcknowledgeReview");
				Actors.runAs(fixtures.providerUser(relationship), () -> providerNode.bean(TaskService.class)
						.complete(acknowledge.getId(), Map.of("reviewAccepted", true)));
			}
			await("reviews of " + period + " published", () -> count(
					"select count(*) from performance_review where period_start = :period and published_at is not null"
							+ " and relationship_id in (:ids)",
					Map.of("period", period, "ids", ids(relationships))) == RELATIONSHIPS);
		}
		await("the lifecycles took every publication", () -> count(
				"select count(*) from act_hi_actinst where act_id_ = 'Task_CheckRepeatedMisses' and end_time_ is not null"
						+ " and proc_inst_id_ in (:lifecycles)", Map.of("lifecycles", lifecycles)) == RELATIONSHIPS * CYCLES);

		int expected = RELATIONSHIPS * CYCLES;
		Map<String, Object> mine = Map.of("ids", ids(relationships), "lifecycles", lifecycles);
		long reviewInstances = count("select count(*) from act_hi_procinst where proc_def_key_ = 'performance-review'"
				+ " and business_key_ in (select relationship_id || '/' || period_start from performance_review"
				+ " where relationship_id in (:ids))", mine);
		long doubledKeys = count("select count(*) from (select business_key_ from act_hi_procinst"
				+ " where proc_def_key_ = 'performance-review' group by business_key_ having count(*) > 1) d", mine);
		long reviews = count("select count(*) from performance_review where relationship_id in (:ids)", mine);
		long scorecards = count("select count(distinct review_id) from scorecard where relationship_id in (:ids)", mine);
		long scorecardRows = count("select count(*) from scorecard where relationship_id in (:ids)", mine);
		long opened = count("select count(*) from notification where kind = 'REVIEW_OPENED' and relationship_id in (:ids)", mine);
		long published = count("select count(*) from notification where kind = 'REVIEW_PUBLISHED' and relationship_id in (:ids)", mine);
		long doubledNotes = doubledNotifications(mine);
		long[] mails = mailsOnceSettled();
		long mailsSent = mails[0];
		long mailsFailed = mails[1];
		long mailsReceived = mails[2];
		long timers = successfulJobs("Event_PeriodEnds", mine);
		long starts = successfulJobs("Task_StartPerformanceReview", mine);
		long publishes = count("select count(*) from act_hi_job_log l join act_hi_procinst p on p.proc_inst_id_ = l.process_instance_id_"
				+ " where l.act_id_ = 'Task_PublishReview' and l.job_state_ = 2 and p.business_key_ in"
				+ " (select relationship_id || '/' || period_start from performance_review where relationship_id in (:ids))", mine);
		long retried = count("select count(*) from act_hi_job_log where job_state_ = 1 and (process_instance_id_ in (:lifecycles)"
				+ " or root_proc_inst_id_ in (select proc_inst_id_ from act_hi_procinst where proc_def_key_ = 'performance-review'))", mine);

		record("%d cycles x %d relationships on two nodes".formatted(CYCLES, RELATIONSHIPS), started,
				"reviews started %d (expected %d, doubled keys %d), review rows %d, scorecards %d (rows %d), period timers fired %d,"
						.formatted(reviewInstances, expected, doubledKeys, reviews, scorecards, scorecardRows, timers)
						+ " review-start jobs %d, publish jobs %d, notifications opened %d / published %d (doubles %d),"
								.formatted(starts, publishes, opened, published, doubledNotes)
						+ " failed job attempts retried %d,".formatted(retried)
						+ " mails sent %d (failed %d), received %d".formatted(mailsSent, mailsFailed, mailsReceived));
		assertThat(reviewInstances).isEqualTo(expected);
		assertThat(doubledKeys).isZero();
		assertThat(reviews).isEqualTo(expected);
		assertThat(scorecards).isEqualTo(expected);
		assertThat(scorecardRows).isEqualTo(expected);
		assertThat(timers).isEqualTo(expected);
		assertThat(starts).isEqualTo(expected);
		assertThat(publishes).isEqualTo(expected);
		assertThat(opened).isEqualTo(expected);
		assertThat(published).isEqualTo(expected);
		// every person's notifications went out by mail once, from whichever node claimed them
		assertThat(mailsSent).isGreaterThanOrEqualTo(2L * expected);
		assertThat(mailsFailed).isZero();
		assertThat(mailsReceived).isEqualTo(mailsSent);
		assertThat(doubledNotes).isZero();
	}

	@Test
	@Order(3)
	void aNodeKilledInTheMiddleOfACycleLeavesItsLockedJobsToTheOthers() throws Exception {
		long started = System.nanoTime();
		// Two monthly periods ended in real time. The nodes in this JVM are held at the start of the first, so for
		// them nothing is due yet; the child node (real time, slow review starts, 6 s lock) takes the jobs.
		LocalDate first = YearMonth.now().minusMonths(2).atDay(1);
		clockAt(first.atTime(9, 0));
		CycleFixtures fixtures = a.fixtures();
		List<Relationship> relationships = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			Relationship relationship = fixtures.relationship(first);
			fixtures.startIntoReviewCycles(relationship, 1, 1, 0);
			relationships.add(relationship);
		}
		Map<String, Object> mine = Map.of("ids", ids(relationships), "owners", List.of(a.lockOwner(), b.lockOwner()));

		killed = startChildNode();
		String lockedByChild = "select count(*) from act_ru_job where lock_owner_ is not null and lock_owner_ not in (:owners)";
		await("the child node locks jobs", Duration.ofSeconds(150), () -> count(lockedByChild, mine) > 0);
		Thread.sleep(1000);
		List<String> locked = db.queryForList(
				"select id_ from act_ru_job where lock_owner_ is not null and lock_owner_ not in (:owners)", mine, String.class);
		killed.destroyForcibly().waitFor();
		long killedAt = System.nanoTime();

		ClockUtil.reset();
		String periods = "select count(*) from performance_review where relationship_id in (:ids)";
		await("every ended period reviewed", () -> count(periods, mine) == 2L * relationships.size()
				&& count("select count(*) from act_ru_job where id_ in (:locked)", Map.of("locked", locked)) == 0);
		long takenOverAfter = Duration.ofNanos(System.nanoTime() - killedAt).toMillis();

		long reviewInstances = count("select count(*) from act_hi_procinst where proc_def_key_ = 'performance-review'"
				+ " and business_key_ in (select relationship_id || '/' || period_start from performance_review"
				+ " where relationship_id in (:ids))", mine);
		long doubledKeys = count("select count(*) from (select business_key_ from act_hi_procinst"
				+ " where proc_def_key_ = 'performance-review' group by business_key_ having count(*) > 1) d", mine);
		long opened = count("select count(*) from notification where kind = 'REVIEW_OPENED' and relationship_id in (:ids)", mine);
		long doubledNotes = doubledNotifications(mine);
		long lockedJobsDone = count("select count(distinct job_id_) from act_hi_job_log where job_state_ = 2"
				+ " and job_id_ in (:locked)", Map.of("locked", locked));
		record("a node killed while holding %d locked jobs".formatted(locked.size()), started,
				"reviews %d of %d (doubled keys %d), review-opened notifications %d (doubles %d), locked jobs finished by"
						.formatted(reviewInstances, 2 * relationships.size(), doubledKeys, opened, doubledNotes)
						+ " the others %d, %d ms after the kill".formatted(lockedJobsDone, takenOverAfter));
		assertThat(locked).isNotEmpty();
		assertThat(reviewInstances).isEqualTo(2L * relationships.size());
		assertThat(doubledKeys).isZero();
		assertThat(opened).isEqualTo(2L * relationships.size());
		assertThat(doubledNotes).isZero();
		// a locked job either ended with its execution or was taken over and finished by a surviving node
		assertThat(count("select count(*) from act_ru_job where id_ in (:locked) and lock_owner_ not in (:owners)",
				Map.of("locked", locked, "owners", mine.get("owners")))).isZero();
	}

	/**
	 * The same event told to the same person twice. Several tasks of one name (one a period) share a subject, so the
	 * task's link is part of what makes an event.
	 */
	/**
	 * Sent, failed and received mails once both outboxes are idle. The processes go on after the cycles (the next
	 * period opens), so a mail may be on its way between two readings: only the same figures read twice, a
	 * dispatcher pause apart, with nothing left to send, count. A mail sent twice never settles: received stays above
	 * sent.
	 */
	private static long[] mailsOnceSettled() {
		long[] last = null;
		long until = System.nanoTime() + PATIENCE.toNanos();
		while (System.nanoTime() < until) {
			long[] now = { count("select count(*) from mail_delivery where status = 'SENT'"),
					count("select count(*) from mail_delivery where status = 'FAILED'"),
					smtp.getReceivedMessages().length,
					count("select count(*) from notification where mail_state = 'PENDING'")
							+ count("select count(*) from mail_delivery where status in ('PENDING', 'SENDING')") };
			if (now[3] == 0 && now[0] == now[2] && Arrays.equals(now, last)) {
				return now;
			}
			last = now;
			try {
				Thread.sleep(1500);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return last;
	}

	private static int smtpPort() {
		return smtp.getSmtp().getPort();
	}

	/** Mail goes to the address of a person's Camunda user; the fixtures make people without one. */
	private static void giveEveryoneAnAddress(IdentityService identity) {
		for (var user : identity.createUserQuery().list()) {
			if (user.getEmail() == null) {
				user.setEmail(user.getId() + "@cluster.test");
				identity.saveUser(user);
			}
		}
	}

	private static long doubledNotifications(Map<String, ?> mine) {
		return count("select count(*) from (select kind, relationship_id, subject, link, recipient_user, recipient_group"
				+ " from notification where relationship_id in (:ids)"
				+ " group by kind, relationship_id, subject, link, recipient_user, recipient_group having count(*) > 1) d",
				mine);
	}

	@Test
	@Order(4)
	void theSameTaskCompletedOnBothNodesAtOnceSucceedsOnceAndTheOtherGets409() throws Exception {
		long started = System.nanoTime();
		ClockUtil.reset();
		CycleFixtures fixtures = a.fixtures();
		MockMvc portalA = portal(a);
		MockMvc portalB = portal(b);
		HttpClient http = HttpClient.newHttpClient();
		List<String> outcomes = new ArrayList<>();
		for (int round = 0; round < 3; round++) {
			// the portal: the manager's form posted on both nodes at the same moment
			String portalTask = outcomesTask(fixtures);
			List<Integer> portal = together(() -> postOutcomes(portalA, fixtures, portalTask),
					() -> postOutcomes(portalB, fixtures, portalTask));
			// the engine REST API, over HTTP on both nodes' ports
			String restTask = outcomesTask(fixtures);
			List<HttpResponse<String>> rest = together(() -> completeOverRest(http, a, restTask),
					() -> completeOverRest(http, b, restTask));
			outcomes.add("portal " + portal + ", REST " + rest.stream().map(HttpResponse::statusCode).toList());

			assertThat(portal).containsExactlyInAnyOrder(302, 409);
			assertThat(rest.stream().map(HttpResponse::statusCode)).as(rest.stream().map(HttpResponse::body).toList()
					.toString()).containsExactlyInAnyOrder(204, 409);
			HttpResponse<String> refused = rest.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
			assertThat(refused.body()).contains("TaskConflict").containsAnyOf("same moment", "not open");
		}
		record("one task completed on both nodes at once, 3 rounds", started, String.join("; ", outcomes));
	}

	@Test
	@Order(5)
	void aSignInOnOneNodeHoldsOnTheOtherForThePortalAndTheCamundaWebapps() throws Exception {
		long started = System.nanoTime();
		a.fixtures().ensureUser("cluster-user", Roles.MANAGERS);
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(uri(a, "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage.body());
		assertThat(token.find()).as("the login form's CSRF token").isTrue();
		HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(uri(a, "/login"))
				.header("Cookie", sessionCookie(loginPage)).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=cluster-user&password=cluster-user&_csrf="
						+ token.group(1))).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		String session = sessionCookie(signIn);
		assertThat(session).startsWith("SESSION=");

		// the webapps' engine API on node A: Camunda's filter keeps its authentication in the (shared) session
		HttpResponse<String> cockpitOnA = http.send(HttpRequest.newBuilder(uri(a, webappEngineApi(a)))
				.header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
		List<String> stored = db.queryForList("select attribute_name from spring_session_attributes a"
				+ " join spring_session s on s.primary_id = a.session_primary_id where s.session_id = :id",
				Map.of("id", sessionId(session)), String.class);
		// then the portal and the webapps on node B with the same cookie
		HttpResponse<String> inboxOnB = http.send(HttpRequest.newBuilder(uri(b, "/tasks")).header("Cookie", session)
				.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> cockpitOnB = http.send(HttpRequest.newBuilder(uri(b, webappEngineApi(b)))
				.header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> whoOnB = http.send(HttpRequest.newBuilder(uri(b, "/camunda/api/admin/auth/user/"
				+ b.engineName())).header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
		record("a session moving from node A to node B", started, ("webapp API on A %d, inbox on B %d, webapp API on B %d,"
				+ " webapp user on B %d; session attributes in the database %s").formatted(cockpitOnA.statusCode(),
						inboxOnB.statusCode(), cockpitOnB.statusCode(), whoOnB.statusCode(), stored));
		assertThat(cockpitOnA.statusCode()).as(cockpitOnA.body()).isEqualTo(200);
		// Spring's sign-in and Camunda's webapp authentication ("authenticatedUser"), both serialised to the database
		assertThat(stored).contains("SPRING_SECURITY_CONTEXT", "authenticatedUser");
		assertThat(inboxOnB.statusCode()).isEqualTo(200);
		assertThat(inboxOnB.body()).contains("cluster-user");
		assertThat(cockpitOnB.statusCode()).as(cockpitOnB.body()).isEqualTo(200);
		assertThat(whoOnB.statusCode()).as(whoOnB.body()).isEqualTo(200);
		assertThat(whoOnB.body()).contains("\"userId\":\"cluster-user\"");
	}

	/**
	 * A call of the webapps' engine API, named by engine: the engines of the nodes in this JVM have unique names
	 * (in production every node's engine is "default").
	 */
	private static String webappEngineApi(PacerNode node) {
		return "/camunda/api/engine/engine/" + node.engineName() + "/task/count";
	}

	private static URI uri(PacerNode node, String path) {
		return URI.create("http://localhost:" + node.port() + path);
	}

	/** Spring Session's cookie carries the session id in Base64. */
	private static String sessionId(String cookie) {
		return new String(Base64.getDecoder().decode(cookie.substring("SESSION=".length())), StandardCharsets.UTF_8);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
				.map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
	}

	private static String outcomesTask(CycleFixtures fixtures) {
		Relationship relationship = fixtures.relationship(LocalDate.now());
		String instance = a.bean(org.pacer.relationship.RelationshipLifecycle.class).start(relationship).getId();
		return a.bean(TaskService.class).createTaskQuery().processInstanceId(instance)
				.taskDefinitionKey("Task_SetExpectedOutcomes").singleResult().getId();
	}

	private static int postOutcomes(MockMvc portal, CycleFixtures fixtures, String taskId) throws Exception {
		return portal.perform(post("/tasks/" + taskId).with(authentication(fixtures.signedIn(CycleFixtures.MANAGER)))
				.with(csrf()).param("expectedLevel", "2").param("currentLevel", "2").param("rampUpMonths", "0"))
				.andReturn().getResponse().getStatus();
	}

	private static HttpResponse<String> completeOverRest(HttpClient http, PacerNode node, String taskId) throws Exception {
		String body = """
				{"variables": {"expectedLevel": {"value": 2, "type": "Long"}, "currentLevel": {"value": 2, "type": "Long"},
				 "rampUpMonths": {"value": 0, "type": "Long"}}}""";
		String basic = Base64.getEncoder()
				.encodeToString((CycleFixtures.MANAGER + ":" + CycleFixtures.MANAGER).getBytes(StandardCharsets.UTF_8));
		// by the node's engine name: engines in one JVM have unique names, so there is no "default" one to address
		return http.send(HttpRequest.newBuilder(uri(node, "/engine-rest/engine/" + node.engineName() + "/task/"
				+ taskId + "/complete")).header("Content-Type", "application/json").header("Authorization", "Basic " + basic)
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static MockMvc portal(PacerNode node) {
		return MockMvcBuilders.webAppContextSetup((WebApplicationContext) node.context)
				.apply(SecurityMockMvcConfigurers.springSecurity()).build();
	}

	/** The child JVM: Pacer with the postgres profile from the same environment variables an operator sets. */
	private static Process startChildNode() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
				"-Dpacer.test.slow-millis=3000", "-cp", System.getProperty("java.class.path"), SlowNode.class.getName(),
				"--spring.profiles.active=postgres", "--server.port=0",
				"--camunda.bpm.job-execution.lock-time-in-millis=6000",
				"--camunda.bpm.job-execution.core-pool-size=1", "--camunda.bpm.job-execution.max-pool-size=1",
				"--camunda.bpm.job-execution.max-jobs-per-acquisition=3",
				"--camunda.bpm.job-execution.max-wait=500");
		builder.environment().putAll(PacerNode.environment(database, smtpPort()));
		File log = Path.of("target", "cluster-child-node.log").toFile();
		builder.redirectErrorStream(true).redirectOutput(log);
		return builder.start();
	}

	private static Task awaitTask(PacerNode node, String businessKey, String taskKey) {
		TaskService tasks = node.bean(TaskService.class);
		await(taskKey + " of " + businessKey, () -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey)
				.taskDefinitionKey(taskKey).count() == 1);
		return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult();
	}

	private static long successfulJobs(String activity, Map<String, Object> mine) {
		return count("select count(*) from act_hi_job_log where act_id_ = '" + activity + "' and job_state_ = 2"
				+ " and process_instance_id_ in (:lifecycles)", mine);
	}

	private static void clockAt(LocalDateTime moment) {
		a.bean(org.pacer.time.PacerClock.class).travelTo(moment);
	}

	private static List<Long> ids(List<Relationship> relationships) {
		return relationships.stream().map(Relationship::getId).toList();
	}

	private static long count(String sql) {
		return count(sql, Map.of());
	}

	private static long count(String sql, Map<String, ?> parameters) {
		Long value = db.queryForObject(sql, new MapSqlParameterSource(parameters), Long.class);
		return value == null ? 0 : value;
	}

	private static void await(String what, BooleanSupplier done) {
		await(what, PATIENCE, done);
	}

	private static void await(String what, Duration patience, BooleanSupplier done) {
		long until = System.nanoTime() + patience.toNanos();
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > until) {
				throw new AssertionError("Waited " + patience.toSeconds() + " s in vain for: " + what);
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted while waiting for: " + what);
			}
		}
	}

	/** Runs the calls on their own threads, released at the same moment; their results in call order. */
	@SafeVarargs
	private static <T> List<T> together(Callable<T>... calls) throws Exception {
		CyclicBarrier barrier = new CyclicBarrier(calls.length);
		ExecutorService pool = Executors.newFixedThreadPool(calls.length);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(pool.submit(() -> {
					barrier.await();
					return call.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	private static void record(String what, long startedNanos, String counted) {
		report.add("| %-55s | %6.1f s | %s |".formatted(what,
				Duration.ofNanos(System.nanoTime() - startedNanos).toMillis() / 1000.0, counted));
	}
}
