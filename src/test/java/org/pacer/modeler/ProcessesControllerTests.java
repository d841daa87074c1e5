package org.pacer.modeler;

import org.pacer.process.ProcessFile;
import org.pacer.process.Processes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.identity.Roles;
import org.pacer.relationship.Relationship;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The processes page and the modeler's endpoints over HTTP: who may use them, deploying (refused with the problem list,
 * or a new version with its deployer, origin, changes and download), drafts, and the element templates. Every model
 * deployed here has its own key and is removed afterwards, so no other test runs it.
 */
@ProcessTest
@AutoConfigureMockMvc
class ProcessesControllerTests {

	static final String OWNER = "process-owner-test";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private ApplicationContext beans;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private IdentityService identity;

	@BeforeEach
	void people() {
		fixtures.ensureUser(OWNER, Roles.PROCESS_OWNERS);
		fixtures.ensureUser("admin-test", Roles.ADMINS);
		fixtures.ensureUser("manager-test", Roles.MANAGERS);
	}

	@AfterEach
	void removeBrowserDeployments() {
		repository.createDeploymentQuery().deploymentSource(ProcessDeployments.BROWSER_SOURCE).list()
				.forEach(d -> repository.deleteDeployment(d.getId(), true));
	}

	@Test
	void processOwnersAndAdminsSeeEveryProcessAndDecisionWithItsVersions() throws Exception {
		for (String user : List.of(OWNER, "admin-test")) {
			String page = page(get("/processes"), user);
			assertThat(page).contains("definition-performance-review", "definition-relationship-lifecycle",
					"definition-joint-improvement", "definition-sourcing-decision", "definition-measure-rating",
					"definition-improvement-trigger", "shipped in processes/", "Pacer at start-up", "Open in modeler",
					"id=\"nav-processes\"");
		}
	}

	@Test
	void aManagerAndAVendorGet403EverywhereUnderProcesses() throws Exception {
		Relationship relationship = fixtures.relationship(LocalDate.of(2026, 1, 1));
		String vendor = fixtures.providerUser(relationship);
		String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(Processes.PERFORMANCE_REVIEW)
				.latestVersion().singleResult().getId();
		long deployments = repository.createDeploymentQuery().count();
		for (String user : List.of("manager-test", vendor)) {
			as(get("/processes"), user).andExpect(status().isForbidden());
			as(get("/processes/modeler").param("definition", definitionId), user).andExpect(status().isForbidden());
			as(get("/processes/definitions/" + definitionId + "/xml"), user).andExpect(status().isForbidden());
			as(multipart("/processes/deploy").file(bpmn(Models.goodModel(UnaryOperator.identity())))
					.with(csrf()), user).andExpect(status().isForbidden());
			as(post("/processes/definitions/" + definitionId + "/migrate").param("from", definitionId).with(csrf()), user)
					.andExpect(status().isForbidden());
			as(post("/processes/drafts").param("xml", "<x/>").with(csrf()), user).andExpect(status().isForbidden());
			assertThat(page(get("/tasks"), user)).doesNotContain("nav-processes");
		}
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
	}

	@Test
	void deployRefusesABrokenModelWithEveryProblemAndDeploysNothing() throws Exception {
		long deployments = repository.createDeploymentQuery().count();
		String broken = Models.goodModel(xml -> xml.replace("${openReview}", "${noSuchBean}")
				.replace(" camunda:historyTimeToLive=\"180\"", ""));

		String answer = as(multipart("/processes/deploy").file(bpmn(broken)).with(csrf()), OWNER)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("The model has 2 problem(s); nothing was deployed."))
				.andReturn().getResponse().getContentAsString();

		JsonNode problems = json.readTree(answer).path("problems");
		assertThat(problems).extracting(p -> p.path("elementId").asText())
				.containsExactlyInAnyOrder("validator-check", "Task_OpenReview");
		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
	}

	@Test
	void deployRefusesWhatIsNotBpmnOrDmnWithAClearMessage() throws Exception {
		String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;</definitions>";
		as(multipart("/processes/deploy").file(bpmn(xxe)).with(csrf()), OWNER).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("DOCTYPE")));
		as(multipart("/processes/deploy").file(new MockMultipartFile("file", "notes.txt", "text/plain",
				"just some notes".getBytes(StandardCharsets.UTF_8))).with(csrf()), OWNER)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("not well-formed XML")));
		as(multipart("/processes/deploy").file(new MockMultipartFile("file", "huge.bpmn", "application/xml",
				new byte[ProcessFile.MAX_BYTES + 10])).with(csrf()), OWNER).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("at most")));
		as(post("/processes/deploy").with(csrf()), OWNER).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("Send a BPMN or DMN file")));
	}

	@Test
	void aProcessOwnersModelThatWouldMakeHerAdminIsRefusedAtValidateAndDeploy() throws Exception {
		fixtures.ensureUser("paula", Roles.PROCESS_OWNERS);
		List<String> groupsBefore = groupsOf("paula");
		long deployments = repository.createDeploymentQuery().count();
		String membership = Models.goodModel(xml -> xml.replace(
				"camunda:delegateExpression=\"${openReview}\"", "camunda:expression=\"" + Models.MEMBERSHIP
						+ "\""));
		String reflection = Models.goodModel(xml -> xml.replace(">${improvementNeeded}<",
				">" + Models.RUNTIME_EXEC + "<"));
		String processBuilder = Models.goodModel(xml -> xml.replace(
				"camunda:delegateExpression=\"${openReview}\"", "camunda:class=\"java.lang.ProcessBuilder\""));

		as(post("/processes/validate").param("xml", membership).param("resourceName", "validator-check.bpmn")
				.with(csrf()), "paula").andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(false))
				.andExpect(jsonPath("$.problems[0].elementId").value("Task_OpenReview"))
				.andExpect(jsonPath("$.problems[0].line").isNumber());
		for (String model : List.of(membership, reflection, processBuilder)) {
			as(multipart("/processes/deploy").file(bpmn(model)).with(csrf()), "paula")
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.containsString("refused")));
		}

		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("validator-check").count()).isZero();
		assertThat(groupsOf("paula")).isEqualTo(groupsBefore).doesNotContain(Roles.ADMINS);
	}

	@Test
	void aDeeplyNestedFileAndTheMiwgReferenceFileAre400NotAServerError() throws Exception {
		String deep = Models.deeplyNested(20_000);
		for (String path : List.of("/processes/validate", "/processes/deploy")) {
			as(multipart(path).file(bpmn(deep)).with(csrf()), OWNER).andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("deeper than 50")));
		}
		as(multipart("/processes/deploy").file(new MockMultipartFile("file", "A.2.1.bpmn", "application/xml",
				Models.miwgA21())).with(csrf()), OWNER).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.problems[*].message")
						.value(org.hamcrest.Matchers.hasItem("No executable process: mark the process as executable.")));
	}

	@Test
	void deployingCreatesANewVersionWithDeployerOriginChangesAndDownload() throws Exception {
		String v1 = Models.goodModel(UnaryOperator.identity());
		// the builder gives flows fresh ids on every call: both versions come from one build, as edits of one file
		String v2 = v1.replace("name=\"Review performance\"", "name=\"Review the scorecard\"")
				.replace(">P14D<", ">P10D<");

		as(multipart("/processes/deploy").file(bpmn(v1)).with(csrf()), OWNER).andExpect(status().isCreated())
				.andExpect(jsonPath("$.definitions[0].version").value(1));
		String answer = as(post("/processes/deploy").param("xml", v2).param("resourceName", "validator-check.bpmn")
				.with(csrf()), "admin-test").andExpect(status().isCreated())
				.andExpect(jsonPath("$.definitions[0].key").value("validator-check"))
				.andExpect(jsonPath("$.definitions[0].version").value(2)).andReturn().getResponse().getContentAsString();

		ProcessDefinition second = repository.createProcessDefinitionQuery().processDefinitionKey("validator-check")
				.latestVersion().singleResult();
		assertThat(json.readTree(answer).path("changes").asText())
				.isEqualTo("/processes/definitions/" + second.getId() + "/changes");
		String list = page(get("/processes"), OWNER);
		assertThat(list).contains("definition-validator-check", "deployed from the browser", OWNER, "admin-test",
				">v2<");
		String changes = page(get("/processes/definitions/" + second.getId() + "/changes"), OWNER);
		assertThat(changes).contains("What changed against v1",
				"data-change=\"CHANGED\" data-element=\"Task_ReviewPerformance\"",
				"name: &#39;Review performance&#39; → &#39;Review the scorecard&#39;",
				"data-change=\"CHANGED\" data-element=\"Event_Reminder\"").doesNotContain("data-change=\"ADDED\"",
						"data-change=\"REMOVED\"");
		String downloaded = as(get("/processes/definitions/" + second.getId() + "/xml"), OWNER)
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
						.string("Content-Disposition", "attachment; filename=\"validator-check.bpmn\""))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(downloaded).contains("modeler:executionPlatform=\"Camunda Platform\"",
				"modeler:executionPlatformVersion=\"7.24.0\"", "camunda:historyTimeToLive=\"180\"",
				"Review the scorecard");
	}

	@Test
	void aDraftKeepsItsAuthorAndOpensInTheModeler() throws Exception {
		String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(Processes.PERFORMANCE_REVIEW)
				.latestVersion().singleResult().getId();
		String modeler = page(get("/processes/modeler").param("definition", definitionId), OWNER);
		assertThat(modeler).contains("data-kind=\"BPMN\"", "/processes/definitions/" + definitionId + "/xml",
				"camunda-platform-modeler.production.min", "data-resource-name=\"performance-review.bpmn\"");
		// even a draft with problems is kept: it is work in progress
		String draftXml = Models.goodModel(xml -> xml.replace("${openReview}", "${notYetWritten}"));

		String saved = as(post("/processes/drafts").param("xml", draftXml).param("resourceName", "validator-check.bpmn")
				.param("basedOn", definitionId).with(csrf()), OWNER).andExpect(status().isOk())
				.andExpect(jsonPath("$.author").value(OWNER)).andReturn().getResponse().getContentAsString();

		long draftId = json.readTree(saved).path("id").asLong();
		assertThat(page(get("/processes"), OWNER)).contains("data-draft=\"" + draftId + "\"");
		assertThat(page(get("/processes/modeler").param("draft", String.valueOf(draftId)), OWNER))
				.contains("/processes/drafts/" + draftId + "/xml");
		assertThat(page(get("/processes/drafts/" + draftId + "/xml"), OWNER)).contains("${notYetWritten}",
				"modeler:executionPlatformVersion=\"7.24.0\"");
		as(post("/processes/validate").param("xml", draftXml).param("resourceName", "validator-check.bpmn")
				.with(csrf()), OWNER).andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(false))
				.andExpect(jsonPath("$.problems[0].elementId").value("Task_OpenReview"));
	}

	@Test
	void theElementTemplatesNameBeansPacerHas() throws Exception {
		JsonNode templates = json.readTree(as(get("/processes/element-templates"), OWNER).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString());

		assertThat(templates).extracting(t -> t.path("id").asText()).contains("org.pacer.delegate.computeScorecard",
				"org.pacer.delegate.checkScorecardCoverage", "org.pacer.delegate.prepareEvidence",
				"org.pacer.delegate.sendTaskReminder", "org.pacer.userTask.manager", "org.pacer.userTask.provider");
		for (JsonNode template : templates) {
			for (JsonNode property : template.path("properties")) {
				if (property.path("binding").path("name").asText().equals("camunda:delegateExpression")) {
					String bean = property.path("value").asText().replaceAll("^\\$\\{|}$", "");
					assertThat(beans.containsBean(bean)).as(template.path("id").asText()).isTrue();
				}
			}
		}
	}

	private List<String> groupsOf(String user) {
		return identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).sorted().toList();
	}

	private static MockMultipartFile bpmn(String xml) {
		return new MockMultipartFile("file", "validator-check.bpmn", "application/xml",
				xml.getBytes(StandardCharsets.UTF_8));
	}

	private ResultActions as(MockHttpServletRequestBuilder request, String user) throws Exception {
		return mvc.perform(request.with(authentication(fixtures.signedIn(user))));
	}

	private String page(MockHttpServletRequestBuilder request, String user) throws Exception {
		return as(request, user).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
	}
}
