package org.pacer.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.common.ValidationException;
import org.pacer.identity.Actors;
import org.pacer.identity.Roles;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipService;
import org.pacer.review.PerformanceReview;
import org.pacer.review.ReviewService;
import org.pacer.review.ReviewStatus;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task takes only its declared inputs, its people come from the relationship, and the ids its steps read belong to
 * its relationship. Here through the engine's services, which every door calls (the portal, Tasklist, /engine-rest,
 * the integration API); {@code EngineRestDoorTests} sends the same over HTTP.
 */
@ProcessTest
class DeclaredInputsTests {

	private static final String MANAGER = CycleFixtures.MANAGER;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	CycleFixtures fixtures;

	@Autowired
	RelationshipService relationships;

	@Autowired
	ReviewService reviews;

	@Autowired
	PacerClock clock;

	private LocalDate period;

	private final List<Long> made = new ArrayList<>();

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(processEngine);
		period = clock.today().withDayOfMonth(1).minusMonths(2);
	}

	@AfterEach
	void removeWhatWasMade() {
		fixtures.removeInstancesOf(made);
	}

	@Test
	void aVendorsAcknowledgementCarryingManagerIdIsRefusedAndChangesNothing() {
		// given a review waiting for the vendor's acknowledgement
		Relationship relationship = relationship();
		ProcessInstance review = reviewAtAcknowledgement(relationship);
		Task acknowledge = task("Task_AcknowledgeReview", review);
		String vendor = fixtures.providerUser(relationship);

		// when the vendor disputes it and names itself the manager
		assertThatExceptionOfType(RejectedInput.class)
				.isThrownBy(() -> Actors.runAs(vendor, () -> taskService.complete(acknowledge.getId(),
						Map.of("reviewAccepted", false, "disputeReason", "Not fair", "managerId", vendor))))
				.satisfies(e -> assertThat(e.fieldErrors()).containsOnlyKeys("managerId"));

		// then nothing moved: the task waits, no variable was written, the review is not disputed
		assertThat(review).isWaitingAt("Task_AcknowledgeReview");
		assertThat(runtimeService.getVariables(review.getId())).doesNotContainKeys("managerId", "reviewAccepted",
				"disputeReason");
		assertThat(reviews.reviewsOf(relationship.getId())).singleElement()
				.satisfies(r -> assertThat(r.getStatus()).isNotEqualTo(ReviewStatus.PUBLISHED));
	}

	@Test
	void aCompletionNamingAnotherRelationshipsReviewIsRefused() {
		// given two relationships; the other one's review is scored but not yet assessed by its manager
		Relationship other = relationship();
		ProcessInstance othersReview = scoredReview(other);
		long othersReviewId = (Long) runtimeService.getVariable(othersReview.getId(), "reviewId");
		Relationship mine = relationship();
		ProcessInstance review = reviewAtAcknowledgement(mine);
		Task acknowledge = task("Task_AcknowledgeReview", review);

		// when the vendor accepts its own review and points it at the other review
		assertThatExceptionOfType(RejectedInput.class)
				.isThrownBy(() -> Actors.runAs(fixtures.providerUser(mine), () -> taskService
						.complete(acknowledge.getId(), Map.of("reviewAccepted", true, "reviewId", othersReviewId))))
				.satisfies(e -> assertThat(e.fieldErrors()).containsOnlyKeys("reviewId"));

		// then the other review stays as its manager left it
		assertThat(reviews.get(othersReviewId).getStatus()).isNotEqualTo(ReviewStatus.PUBLISHED);
		assertThat(othersReview).isWaitingAt("Task_ReviewPerformance");
		assertThat(review).isWaitingAt("Task_AcknowledgeReview");
	}

	@Test
	void aStepRefusesAnIdOfAnotherRelationshipEvenWhenAVariableWasPlanted() {
		// given a variable planted past the task doors (as an operator with direct engine access could)
		Relationship other = relationship();
		ProcessInstance othersReview = scoredReview(other);
		long othersReviewId = (Long) runtimeService.getVariable(othersReview.getId(), "reviewId");
		Relationship mine = relationship();
		ProcessInstance review = reviewAtAcknowledgement(mine);
		runtimeService.setVariable(review.getId(), "reviewId", othersReviewId);

		// when the vendor accepts "its" review
		Task acknowledge = task("Task_AcknowledgeReview", review);
		assertThatExceptionOfType(RejectedInput.class)
				.isThrownBy(() -> Actors.runAs(fixtures.providerUser(mine),
						() -> taskService.complete(acknowledge.getId(), Map.of("reviewAccepted", true))))
				.satisfies(e -> assertThat(e.fieldErrors()).containsKey("reviewId")
						.extractingByKey("reviewId").asString().contains("not part of this relationship"));

		// then the other relationship's review is untouched
		PerformanceReview untouched = reviews.get(othersReviewId);
		assertThat(untouched.getStatus()).isNotEqualTo(ReviewStatus.PUBLISHED);
		assertThat(review).isWaitingAt("Task_AcknowledgeReview");
	}

	@Test
	void variableWritesOnATaskTakeOnlyItsDeclaredInputs() {
		// given the manager's review task
		Relationship relationship = relationship();
		ProcessInstance review = scoredReview(relationship);
		Task assess = task("Task_ReviewPerformance", review);
		Object reviewId = runtimeService.getVariable(review.getId(), "reviewId");

		// when variables the task does not declare are set, updated or removed on it
		assertThatExceptionOfType(RejectedInput.class)
				.isThrownBy(() -> taskService.setVariable(assess.getId(), "managerId", "intruder"));
		assertThatExceptionOfType(RejectedInput.class)
				.isThrownBy(() -> taskService.setVariablesLocal(assess.getId(), Map.of("reviewId", 1L)));
		assertThatExceptionOfType(RejectedInput.class)
				.isThrownBy(() -> taskService.removeVariable(assess.getId(), "relationshipId"));
		assertThatExceptionOfType(RejectedInput.class)
				.isThrownBy(() -> processEngine.getFormService().submitTaskForm(assess.getId(),
						Map.of("assessment", "Fine", "improvementNeeded", false, "relationshipId", 1L)));

		// then nothing changed, and a declared input is still accepted
		assertThat(runtimeService.getVariables(review.getId())).containsEntry("reviewId", reviewId)
				.containsEntry("relationshipId", relationship.getId()).doesNotContainKey("managerId");
		taskService.setVariable(assess.getId(), "assessment", "A draft");
		assertThat(taskService.getVariable(assess.getId(), "assessment")).isEqualTo("A draft");
	}

	@Test
	void tasksGoToTheRelationshipsManagerAtTheMomentTheyAreCreated() {
		// given a review whose manager is reassigned while the provider reports
		Relationship relationship = relationship();
		fixtures.ensureUser("fixture-manager-2", Roles.MANAGERS);
		ProcessInstance review = scoredReview(relationship);
		Task assess = task("Task_ReviewPerformance", review);
		assertThat(assess).isAssignedTo(MANAGER);
		Actors.runAs(MANAGER, () -> taskService.complete(assess.getId(),
				Map.of("assessment", "Fine", "improvementNeeded", false)));

		// when the relationship gets a new manager and the provider disputes the review, which reopens it
		relationships.reassignManager(relationship.getId(), "fixture-manager-2", "admin");
		assertThat(relationships.get(relationship.getId()).getManagerId()).isEqualTo("fixture-manager-2");
		Actors.runAs(fixtures.providerUser(relationship), () -> taskService.complete(
				task("Task_AcknowledgeReview", review).getId(),
				Map.of("reviewAccepted", false, "disputeReason", "The outage was planned")));

		// then the reopened review goes to the new manager
		assertThat(task("Task_ReviewPerformance", review)).isAssignedTo("fixture-manager-2");
		assertThat(task("Task_ReviewPerformance", review).getId()).isNotEqualTo(assess.getId());
	}

	@Test
	void aReopenedReviewTakesNoAnswerFromItsFirstRound() {
		// given a review the provider disputed, which reopens it
		Relationship relationship = relationship();
		ProcessInstance review = reviewAtAcknowledgement(relationship);
		Actors.runAs(fixtures.providerUser(relationship), () -> taskService.complete(
				task("Task_AcknowledgeReview", review).getId(),
				Map.of("reviewAccepted", false, "disputeReason", "The outage was planned")));
		Task again = task("Task_ReviewPerformance", review);

		// when the manager completes the second round without saying whether improvement is needed
		assertThatExceptionOfType(RejectedInput.class)
				.isThrownBy(() -> Actors.runAs(MANAGER, () -> taskService.complete(again.getId(),
						Map.of("assessment", "Planned outage accepted"))))
				.satisfies(e -> assertThat(e.fieldErrors()).containsKey("improvementNeeded"));

		// then the review waits for a full answer
		assertThat(review).isWaitingAt("Task_ReviewPerformance");
		assertThat(runtimeService.getVariables(review.getId())).doesNotContainKeys("assessment", "improvementNeeded");
	}

	@Test
	void aManagerWhoIsNotAManagerIsRefused() {
		Relationship relationship = relationship();

		assertThatExceptionOfType(ValidationException.class)
				.isThrownBy(() -> relationships.reassignManager(relationship.getId(),
						fixtures.providerUser(relationship), "admin"))
				.satisfies(e -> assertThat(e.fieldErrors()).containsOnlyKeys("managerId"));
		assertThat(relationships.get(relationship.getId()).getManagerId()).isEqualTo(MANAGER);
	}

	@Test
	void theDeclaredInputsAreTheTasksFormFields() {
		var model = processEngine.getRepositoryService().getBpmnModelInstance(processEngine.getRepositoryService()
				.createProcessDefinitionQuery().processDefinitionKey(Processes.PERFORMANCE_REVIEW).latestVersion()
				.singleResult().getId());

		assertThat(DeclaredInputsOnly.inputsOf(model, "Task_ReviewPerformance"))
				.isEqualTo(Set.of("assessment", "improvementNeeded", "overrideReason"));
		assertThat(DeclaredInputsOnly.inputsOf(model, "Task_SubmitPeriodResults")).isEmpty();
		assertThat(DeclaredInputsOnly.inputsOf(model, "Task_ComputeScorecard")).isEmpty();
	}

	private Relationship relationship() {
		Relationship relationship = fixtures.measuredRelationship(period.minusMonths(6), 1, 1, 0);
		made.add(relationship.getId());
		return relationship;
	}

	/** A review with every result in, scored, waiting for its manager's assessment. */
	private ProcessInstance scoredReview(Relationship relationship) {
		ProcessInstance review = fixtures.scoredReview(relationship, period);
		assertThat(review).isWaitingAt("Task_ReviewPerformance");
		return review;
	}

	/** A scored review assessed by its manager, now waiting for the provider. */
	private ProcessInstance reviewAtAcknowledgement(Relationship relationship) {
		ProcessInstance review = scoredReview(relationship);
		Actors.runAs(MANAGER, () -> taskService.complete(task("Task_ReviewPerformance", review).getId(),
				Map.of("assessment", "A steady month", "improvementNeeded", false)));
		assertThat(review).isWaitingAt("Task_AcknowledgeReview");
		return review;
	}
}
