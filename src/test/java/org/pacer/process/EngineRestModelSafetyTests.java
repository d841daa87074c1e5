package org.pacer.process;


import org.pacer.modeler.Models;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pacer.PacerApplication;
import org.pacer.identity.Roles;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The engine's own doors over real HTTP, on Pacer as it starts with its demo data: /engine-rest/deployment/create
 * with a malicious model is 400 with the problems and deploys nothing, even for an admin; an object variable of a
 * Java type the caller names is 400 and is not stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestModelSafetyTests {

	private ConfigurableApplicationContext app;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void start() {
		app = new SpringApplicationBuilder(PacerApplication.class).run(
				"--spring.datasource.url=jdbc:h2:mem:rest-safety-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"--server.port=0", "--camunda.bpm.generate-unique-process-application-name=true",
				"--camunda.bpm.job-execution.enabled=false", "--pacer.demo.enabled=true");
	}

	@AfterAll
	void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void deploymentCreateRefusesAMaliciousModelWith400AndDeploysNothing() throws Exception {
		RepositoryService repository = app.getBean(RepositoryService.class);
		List<String> paulasGroups = groupsOf("paula");
		long deployments = repository.createDeploymentQuery().count();
		String model = Models.goodModel(xml -> xml.replace("validator-check", "rest-evil")
				.replace("camunda:delegateExpression=\"${openReview}\"",
						"camunda:expression=\"" + Models.MEMBERSHIP + "\"")
				.replace("<endEvent id=\"End_Closed\" name=\"End_Closed\">",
						"<endEvent id=\"End_Closed\" name=\"End_Closed\"><extensionElements><camunda:executionListener "
								+ "class=\"java.lang.ProcessBuilder\" event=\"end\"/></extensionElements>"));

		HttpResponse<String> response = deploy("rest-evil.bpmn", model);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("\"type\":\"ParseException\"", "rest-evil.bpmn", "Task_OpenReview",
				"End_Closed", "A method expression", "camunda:class", "\"line\":");
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("rest-evil").count()).isZero();
		assertThat(groupsOf("paula")).isEqualTo(paulasGroups).doesNotContain(Roles.ADMINS);
	}

	@Test
	void deploymentCreateRefusesATooDeepFileWith400() throws Exception {
		long deployments = app.getBean(RepositoryService.class).createDeploymentQuery().count();

		HttpResponse<String> response = deploy("deep.bpmn", Models.deeplyNested(20_000));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertThat(response.body()).contains("deeper than 50");
		assertThat(app.getBean(RepositoryService.class).createDeploymentQuery().count()).isEqualTo(deployments);
	}

	@Test
	void deploymentCreateStillDeploysAModelThatKeepsTheRules() throws Exception {
		String model = Models.goodModel(xml -> xml.replace("validator-check", "rest-good"));

		HttpResponse<String> response = deploy("rest-good.bpmn", model);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		RepositoryService repository = app.getBean(RepositoryService.class);
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("rest-good").count()).isEqualTo(1);
		repository.createDeploymentQuery().deploymentName("rest-good").list()
				.forEach(d -> repository.deleteDeployment(d.getId(), true));
	}

	@Test
	void anObjectVariableOfACallerNamedJavaTypeIs400AndNotStored() throws Exception {
		TaskService tasks = app.getBean(TaskService.class);
		Task task = tasks.createTaskQuery().taskAssignee("maria").taskDefinitionKey("Task_ReviewPerformance").list()
				.get(0);
		String url = """
				{"type": "Object", "value": "\\"http://attacker.example/\\"",
				 "valueInfo": {"objectTypeName": "java.net.URL", "serializationDataFormat": "application/json"}}""";

		boolean recommended = Boolean.TRUE.equals(
				((Map<?, ?>) tasks.getVariable(task.getId(), "recommendation")).get("improvementNeeded"));

		// an admin may set task variables, the manager may complete her task; both send the object under a name the
		// task declares, so it passes the declared-inputs rule and reaches the engine's type validation
		HttpResponse<String> set = post("/engine-rest/task/" + task.getId() + "/variables", "admin:admin",
				"{\"modifications\": {\"assessment\": " + url + "}}");
		HttpResponse<String> completion = post("/engine-rest/task/" + task.getId() + "/complete", "maria:maria",
				"{\"variables\": {\"assessment\": " + url + ", \"improvementNeeded\": {\"value\": "
						+ recommended + "}}}");

		assertThat(set.statusCode()).as(set.body()).isEqualTo(400);
		assertThat(set.body()).contains("java.net.URL");
		assertThat(completion.statusCode()).as(completion.body()).isEqualTo(400);
		assertThat(completion.body()).contains("java.net.URL");
		assertThat((Object) tasks.getVariableTyped(task.getId(), "assessment", false)).isNull();
		assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
		// Pacer's own object variable, the DMN's recommendation map, still reads with type validation on
		assertThat(tasks.getVariable(task.getId(), "recommendation")).isInstanceOf(Map.class);
	}

	private HttpResponse<String> deploy(String fileName, String model) throws Exception {
		String boundary = "pacer-" + UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
				+ fileName.replace(".bpmn", "") + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ fileName + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/xml\r\n\r\n" + model
				+ "\r\n--" + boundary + "--\r\n";
		HttpRequest request = HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
				.header("Authorization", basic("admin:admin"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String credentials, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Authorization", basic(credentials))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private List<String> groupsOf(String user) {
		return app.getBean(IdentityService.class).createGroupQuery().groupMember(user).list().stream()
				.map(Group::getId).sorted().toList();
	}

	private static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}
}
