package org.pacer.modeler;

import org.pacer.process.ProcessFile;
import org.pacer.process.Processes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.common.ValidationException;
import org.pacer.identity.Roles;
import org.pacer.relationship.Relationship;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Running performance reviews move from the shipped version to one a process owner deployed: the "done when"
 * (a step added, reviews migrated, the next review shows the step, and the portal opens it), and a renamed step that
 * needs a manual mapping. The job executor is off in tests, so the migration batch's jobs run here by hand. The
 * version deployed here is removed after each test: other tests start performance reviews by key.
 */
@ProcessTest
@AutoConfigureMockMvc
class ProcessMigrationTests {

	private static final String OWNER = ProcessesControllerTests.OWNER;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private ProcessDeployments deployments;

	@Autowired
	private ProcessMigrations migrations;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private ManagementService management;

	@Autowired
	private PacerClock clock;

	private final List<Long> relationships = new ArrayList<>();

	private String shippedVersion;

	@BeforeEach
	void shippedReviewVersion() {
		fixtures.ensureUser(OWNER, Roles.PROCESS_OWNERS);
		shippedVersion = latestReviewVersion();
	}

	@AfterEach
	void removeTheNewVersionAndTheReviews() {
		fixtures.removeInstancesOf(relationships);
		repository.createDeploymentQuery().deploymentSource(ProcessDeployments.BROWSER_SOURCE).list()
				.forEach(d -> repository.deleteDeployment(d.getId(), true));
	}

	@Test
	void runningReviewsMoveToAVersionWithANewStepAndTheNextReviewShowsIt() throws Exception {
		// given: one review waiting for results, one waiting for the manager's assessment
		Relationship relationship = relationship();
		LocalDate first = period(3);
		LocalDate second = period(2);
		ProcessInstance waitingForResults = fixtures.startReview(relationship, first);
		fixtures.submitAll(relationship.getId(), second, 100);
		ProcessInstance waitingForAssessment = fixtures.startReview(relationship, second);

		// (reviews other test classes left running on the shipped version move with them: the shared test engine)
		long running = runtime.createProcessInstanceQuery().processDefinitionId(shippedVersion).count();

		// when: a process owner adds a step before the assessment, deploys, and migrates through the pages
		String v2 = deploy(xml -> withCheckScorecardStep(xml));
		String preview = page(get("/processes/definitions/" + v2 + "/migrate").param("from", shippedVersion));
		String location = mvc.perform(post("/processes/definitions/" + v2 + "/migrate").param("from", shippedVersion)
				.with(csrf()).with(authentication(fixtures.signedIn(OWNER)))).andExpect(status().isFound())
				.andReturn().getResponse().getRedirectedUrl();
		String batchId = location.substring(location.lastIndexOf('/') + 1);
		String whileRunning = page(get(location + "/progress"));
		runBatch(batchId);
		String done = page(get(location));

		// then: both moved (every running one did), and the batch reported as done
		assertThat(preview).contains("data-instance=\"" + waitingForResults.getId() + "\" data-can-move=\"true\"",
				"data-instance=\"" + waitingForAssessment.getId() + "\" data-can-move=\"true\"");
		assertThat(whileRunning).contains("Moving instances", "hx-trigger=\"every 1s\"");
		assertThat(running).isGreaterThanOrEqualTo(2);
		assertThat(done).contains("Done: " + running + " of " + running + " moved").doesNotContain("hx-trigger");
		assertThat(definitionOf(waitingForResults)).isEqualTo(v2);
		assertThat(definitionOf(waitingForAssessment)).isEqualTo(v2);
		assertThat(waitingAt(waitingForAssessment)).isEqualTo("Task_ReviewPerformance");

		// the migrated review takes the new step once its results are in
		fixtures.submitAll(relationship.getId(), first, 100);
		assertThat(waitingAt(waitingForResults)).isEqualTo("Task_CheckScorecard");

		// the next review runs the new version and shows the step in the portal, in the fallback form
		LocalDate third = period(1);
		fixtures.submitAll(relationship.getId(), third, 100);
		ProcessInstance next = fixtures.startReview(relationship, third);
		assertThat(next.getProcessDefinitionId()).isEqualTo(v2);
		Task check = tasks.createTaskQuery().processInstanceId(next.getId()).singleResult();
		assertThat(check.getTaskDefinitionKey()).isEqualTo("Task_CheckScorecard");
		String form = mvc.perform(get("/tasks/" + check.getId())
				.with(authentication(fixtures.signedIn(CycleFixtures.MANAGER)))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("Check the scorecard", "Look at every RED line before assessing.",
				relationship.getName(), "id=\"fallback-form\"", "Complete");
		mvc.perform(post("/tasks/" + check.getId()).with(csrf())
				.with(authentication(fixtures.signedIn(CycleFixtures.MANAGER)))).andExpect(status().isFound());
		assertThat(waitingAt(next)).isEqualTo("Task_ReviewPerformance");
	}

	@Test
	void aRenamedStepNeedsAMappingAndThePreviewSaysWhy() {
		Relationship relationship = relationship();
		LocalDate period = period(3);
		fixtures.submitAll(relationship.getId(), period, 100);
		ProcessInstance review = fixtures.startReview(relationship, period);
		String v2 = deploy(xml -> xml.replace("Task_ReviewPerformance", "Task_AssessPerformance"));

		ProcessMigrations.Preview unmapped = migrations.preview(shippedVersion, v2, Map.of());
		ProcessMigrations.Preview mapped = migrations.preview(shippedVersion, v2,
				Map.of("Task_ReviewPerformance", "Task_AssessPerformance"));

		ProcessMigrations.InstancePreview before = instance(unmapped, review);
		assertThat(before.canMove()).isFalse();
		assertThat(before.reason()).contains("Review performance (Task_ReviewPerformance)", "map it below");
		assertThat(unmapped.unmappedWaitingSteps()).extracting(ProcessMigrations.Step::id)
				.containsExactly("Task_ReviewPerformance");
		assertThatThrownBy(() -> migrations.start(shippedVersion, v2, Map.of(), OWNER))
				.isInstanceOf(ValidationException.class).hasMessageContaining("No running instance");
		assertThat(instance(mapped, review).canMove()).isTrue();

		MigrationRun run = migrations.start(shippedVersion, v2, Map.of("Task_ReviewPerformance", "Task_AssessPerformance"),
				OWNER);
		runBatch(run.getBatchId());

		assertThat(definitionOf(review)).isEqualTo(v2);
		assertThat(waitingAt(review)).isEqualTo("Task_AssessPerformance");
		ProcessMigrations.Progress progress = migrations.progress(run.getBatchId());
		assertThat(progress.finished()).isTrue();
		assertThat(progress.instances()).extracting(ProcessMigrations.InstanceOutcome::state).containsExactly("moved");
	}

	@Test
	void aMappingToAStepTheNewVersionLacksIsAPlanProblemAndMovesNothing() {
		Relationship relationship = relationship();
		LocalDate period = period(3);
		fixtures.submitAll(relationship.getId(), period, 100);
		ProcessInstance review = fixtures.startReview(relationship, period);
		String v2 = deploy(xml -> xml.replace("Task_ReviewPerformance", "Task_AssessPerformance"));

		ProcessMigrations.Preview preview = migrations.preview(shippedVersion, v2,
				Map.of("Task_ReviewPerformance", "Task_NoSuchStep"));

		assertThat(preview.problems()).isNotEmpty().anyMatch(p -> p.contains("Task_NoSuchStep"));
		assertThat(instance(preview, review).canMove()).isFalse();
		assertThatThrownBy(() -> migrations.start(shippedVersion, v2, Map.of("Task_ReviewPerformance", "Task_NoSuchStep"),
				OWNER)).isInstanceOf(ValidationException.class);
		assertThat(definitionOf(review)).isEqualTo(shippedVersion);
	}

	/** The shipped review with a manager's step "Check the scorecard" between the recommendation and the assessment. */
	static String withCheckScorecardStep(String xml) {
		return xml.replace("<bpmn:incoming>Flow_RecommendImprovementToReviewPerformance</bpmn:incoming>",
				"<bpmn:incoming>Flow_CheckScorecardToReviewPerformance</bpmn:incoming>")
				.replace("sourceRef=\"Task_RecommendImprovement\" targetRef=\"Task_ReviewPerformance\"",
						"sourceRef=\"Task_RecommendImprovement\" targetRef=\"Task_CheckScorecard\"")
				.replace("</bpmn:process>", """
						<bpmn:userTask id="Task_CheckScorecard" name="Check the scorecard" camunda:assignee="${relationshipPeople.manager(relationshipId)}">
						  <bpmn:documentation>Look at every RED line before assessing.</bpmn:documentation>
						  <bpmn:incoming>Flow_RecommendImprovementToReviewPerformance</bpmn:incoming>
						  <bpmn:outgoing>Flow_CheckScorecardToReviewPerformance</bpmn:outgoing>
						</bpmn:userTask>
						<bpmn:sequenceFlow id="Flow_CheckScorecardToReviewPerformance"
						  sourceRef="Task_CheckScorecard" targetRef="Task_ReviewPerformance" />
						</bpmn:process>""");
	}

	private String deploy(UnaryOperator<String> change) {
		try {
			String shipped = Files.readString(Path.of("processes/performance-review.bpmn"));
			ProcessDeployments.Deployed deployed = deployments.deploy(ProcessFile.of("performance-review.bpmn",
					change.apply(shipped).getBytes(StandardCharsets.UTF_8)), OWNER);
			return deployed.definitions().get(0).id();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Seed job, batch jobs and monitor job, as the job executor would run them, until the engine drops the batch. */
	private void runBatch(String batchId) {
		Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
		List<String> jobDefinitions = List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
				batch.getMonitorJobDefinitionId());
		for (int round = 0; round < 10 && management.createBatchQuery().batchId(batchId).count() > 0; round++) {
			for (String definition : jobDefinitions) {
				management.createJobQuery().jobDefinitionId(definition).list()
						.forEach(job -> management.executeJob(job.getId()));
			}
		}
		assertThat(management.createBatchQuery().batchId(batchId).count()).as("batch done").isZero();
	}

	private Relationship relationship() {
		Relationship relationship = fixtures.measuredRelationship(period(3), 1, 1, 0);
		relationships.add(relationship.getId());
		return relationship;
	}

	private LocalDate period(int monthsAgo) {
		return clock.today().withDayOfMonth(1).minusMonths(monthsAgo);
	}

	private String latestReviewVersion() {
		return repository.createProcessDefinitionQuery().processDefinitionKey(Processes.PERFORMANCE_REVIEW)
				.latestVersion().singleResult().getId();
	}

	private String definitionOf(ProcessInstance instance) {
		return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
				.getProcessDefinitionId();
	}

	private String waitingAt(ProcessInstance instance) {
		return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey();
	}

	private static ProcessMigrations.InstancePreview instance(ProcessMigrations.Preview preview, ProcessInstance pi) {
		return preview.instances().stream().filter(i -> i.id().equals(pi.getId())).findFirst().orElseThrow();
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.with(authentication(fixtures.signedIn(OWNER)))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
