package org.pacer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.pacer.relationship.RelationshipService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Pacer as a newcomer would (embedded H2 file database, demo data), talks to it over HTTP, then restarts
 * it on the same database. Its engine keeps the name "default", which the REST API addresses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PacerApplicationTests {

	private static final List<String> PROCESS_KEYS = List.of("relationship-lifecycle", "performance-review",
			"joint-improvement", "sourcing-decision");

	@TempDir
	static Path dataDir;

	private ConfigurableApplicationContext app;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void start() {
		app = start(dataDir);
	}

	@AfterAll
	void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void demoDataLeavesOpenWorkForEveryDemoUserAndHistory() {
		TaskService tasks = app.getBean(TaskService.class);
		HistoryService history = app.getBean(HistoryService.class);

		assertThat(app.getBean(RelationshipService.class).all()).extracting(r -> r.getProvider().getName())
				.containsExactlyInAnyOrder("Acme Hosting", "Nimbus Support", "Service Desk");
		assertThat(tasks.createTaskQuery().taskAssignee("maria").taskDefinitionKey("Task_ReviewPerformance").count())
				.isEqualTo(2);
		assertThat(tasks.createTaskQuery().taskCandidateUser("vera").count()
				+ tasks.createTaskQuery().taskAssignee("vera").count()).isPositive();
		assertThat(tasks.createTaskQuery().taskCandidateUser("victor").taskDefinitionKey("Task_AcknowledgeReview")
				.count()).isEqualTo(1);
		assertThat(tasks.createTaskQuery().taskCandidateUser("ian").taskDefinitionKey("Task_SubmitImprovementPlan")
				.count()).isEqualTo(1);
		assertThat(tasks.createTaskQuery().taskCandidateGroup("sourcing-board").count()).isPositive();
		assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("performance-review").finished()
				.count()).isGreaterThanOrEqualTo(30);
		assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey("joint-improvement").finished()
				.count()).isPositive();
	}

	@Test
	void engineRestRefusesAnonymousCallsAndServesAuthenticatedUsersTheirTasks() throws Exception {
		assertThat(get("/engine-rest/task", null).statusCode()).isEqualTo(401);
		assertThat(get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
		// another user: after a wrong password Camunda's login throttling briefly refuses even the right one
		assertThat(get("/engine-rest/task", "tom:wrong").statusCode()).isEqualTo(401);

		HttpResponse<String> maria = get("/engine-rest/task?assignee=maria", "maria:maria");
		assertThat(maria.statusCode()).as(maria.body()).isEqualTo(200);
		assertThat(maria.body()).contains("Review performance");
	}

	@Test
	void vendorsHaveNoDoorToTheRestApi() throws Exception {
		// vendors work in the portal and /api/v1; the engine's API would show them engine-wide data
		HttpResponse<String> vera = get("/engine-rest/task", "vera:vera");
		assertThat(vera.statusCode()).as(vera.body()).isEqualTo(403);
		assertThat(vera.body()).doesNotContain("Complete improvement action");
		assertThat(get("/engine-rest/process-instance", "vera:vera").statusCode()).isEqualTo(403);
		assertThat(get("/engine-rest/history/process-instance", "vera:vera").statusCode()).isEqualTo(403);
		String victorsTask = app.getBean(TaskService.class).createTaskQuery().taskCandidateUser("victor").list().get(0)
				.getId();
		assertThat(get("/engine-rest/task/" + victorsTask + "/variables", "vera:vera").statusCode()).isEqualTo(403);
	}

	@Test
	void badTaskInputOverRestAnswers400WithTheProblemAndKeepsTheTask() throws Exception {
		TaskService tasks = app.getBean(TaskService.class);
		var task = tasks.createTaskQuery().taskAssignee("maria").taskDefinitionKey("Task_ReviewPerformance").list().get(0);
		boolean recommended = Boolean.TRUE.equals(
				((Map<?, ?>) tasks.getVariable(task.getId(), "recommendation")).get("improvementNeeded"));
		String body = """
				{"variables": {"assessment": {"value": "Looks fine"}, "improvementNeeded": {"value": %s}}}
				""".formatted(!recommended);

		HttpRequest complete = HttpRequest.newBuilder(uri("/engine-rest/task/" + task.getId() + "/complete"))
				.header("Content-Type", "application/json").header("Authorization", basic("maria:maria"))
				.POST(HttpRequest.BodyPublishers.ofString(body)).build();
		HttpResponse<String> response = http.send(complete, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("overrideReason");
		assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
	}

	@Test
	void anonymousStartOfAProcessIsRefused() throws Exception {
		HttpRequest start = HttpRequest.newBuilder(uri("/engine-rest/process-definition/key/sourcing-decision/start"))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
		assertThat(http.send(start, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
	}

	@Test
	void pagesRedirectAnonymousBrowsersToTheLoginPage() throws Exception {
		HttpRequest page = HttpRequest.newBuilder(uri("/")).header("Accept", "text/html").build();
		HttpResponse<String> response = http.send(page, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void restartOnTheSameDatabaseDeploysNothingNewAndAddsNoDemoData() {
		Map<String, Integer> before = versions(app.getBean(ProcessEngine.class).getRepositoryService());
		assertThat(before.keySet()).containsAll(PROCESS_KEYS).contains("measure-rating", "improvement-trigger");
		assertThat(before.values()).containsOnly(1);
		long deployments = app.getBean(RepositoryService.class).createDeploymentQuery().count();

		app.close();
		app = start(dataDir);

		RepositoryService repository = app.getBean(RepositoryService.class);
		assertThat(versions(repository)).isEqualTo(before);
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(app.getBean(RelationshipService.class).all()).hasSize(3);
	}

	private static Map<String, Integer> versions(RepositoryService repository) {
		Map<String, Integer> versions = repository.createProcessDefinitionQuery().latestVersion().list().stream()
				.collect(Collectors.toMap(ResourceDefinition::getKey, ResourceDefinition::getVersion));
		versions.putAll(repository.createDecisionDefinitionQuery().latestVersion().list().stream()
				.collect(Collectors.toMap(ResourceDefinition::getKey, ResourceDefinition::getVersion)));
		return versions;
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(PacerApplication.class).run(
				"--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("pacer") + ";DB_CLOSE_ON_EXIT=FALSE",
				"--server.port=0",
				"--camunda.bpm.generate-unique-process-application-name=true",
				"--camunda.bpm.job-execution.enabled=false",
				"--pacer.demo.enabled=true");
	}

	private HttpResponse<String> get(String path, String credentials) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (credentials != null) {
			request.header("Authorization", basic(credentials));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}
}
