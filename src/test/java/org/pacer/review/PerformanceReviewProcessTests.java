package org.pacer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.audit.AuditEvent;
import org.pacer.identity.Actors;
import org.pacer.improvement.ActionDraft;
import org.pacer.improvement.ImprovementPlan;
import org.pacer.improvement.ImprovementPlanRepository;
import org.pacer.improvement.ImprovementService;
import org.pacer.improvement.MaturityAssessmentRepository;
import org.pacer.improvement.OwnerSide;
import org.pacer.improvement.PlanStatus;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.process.Processes;
import org.pacer.process.RejectedInput;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipLifecycle;
import org.pacer.result.ResultEntry;
import org.pacer.result.ResultService;
import org.pacer.result.ResultSource;
import org.pacer.scorecard.Rating;
import org.pacer.scorecard.Scorecard;
import org.pacer.scorecard.ScorecardLine;
import org.pacer.scorecard.ScorecardRepository;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The performance-review process against the whole application: every path of the diagram, with the review,
 * scorecard, audit and notification rows each path leaves behind. Every test has its own relationship.
 */
@ProcessTest
class PerformanceReviewProcessTests {

	private static final String MANAGER = CycleFixtures.MANAGER;

	/** One of the relationship's four level-1 measures: on target, just short, past the amber line. */
	private static final double GREEN = 100;

	private static final double AMBER = 95;

	private static final double RED = 80;

	@Autowired
	private RuntimeService runtimeService;

	@Autowired
	private TaskService taskService;

	@Autowired
	private ResultService resultService;

	@Autowired
	private MeasureService measureService;

	@Autowired
	private ImprovementService improvementService;

	@Autowired
	private PerformanceReviewRepository reviews;

	@Autowired
	private ScorecardRepository scorecards;

	@Autowired
	private ImprovementPlanRepository plans;

	@Autowired
	private MaturityAssessmentRepository maturityAssessments;

	@Autowired
	private PacerClock clock;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private RelationshipLifecycle lifecycle;

	@Autowired
	private ManagementService managementService;

	private LocalDate periodStart;

	@BeforeEach
	void periodThreeMonthsAgo() {
		periodStart = fixtures.firstOfMonthsAgo(3);
	}

	@Test
	void skipsResultsTaskWhenEveryResultArrivedBeforehand() {
		// given
		Relationship relationship = measuredRelationship();
		fixtures.submitAll(relationship.getId(), periodStart, GREEN);

		// when
		ProcessInstance review = fixtures.startReview(relationship, periodStart);

		// then
		assertThat(review).isWaitingAt("Task_ReviewPerformance")
				.hasPassedInOrder("Task_OpenReview", "Task_NotifyProvider", "Gateway_ResultsComplete",
						"Gateway_ResultsJoin", "Task_ComputeScorecard", "Task_RecommendImprovement")
				.hasNotPassed("Task_SubmitPeriodResults");
		assertThat(task("Task_ReviewPerformance", review)).isAssignedTo(MANAGER);
		PerformanceReview stored = reviewOf(relationship);
		assertThat(stored.getStatus()).isEqualTo(ReviewStatus.IN_REVIEW);
		assertThat(stored.getProcessInstanceId()).isEqualTo(review.getId());
		Scorecard scorecard = scorecardOf(stored);
		assertThat(scorecard.getRatings().green()).isEqualTo(4);
		assertThat(scorecard.getRatings().amber()).isZero();
		assertThat(scorecard.getRatings().red()).isZero();
		assertThat(scorecard.getRatings().noData()).isZero();
		assertThat(review).variables().containsEntry("reviewId", stored.getId())
				.containsEntry("scorecardId", scorecard.getId()).containsEntry("resultsComplete", true)
				.containsEntry("redCount", 0).containsEntry("noDataCount", 0);
		assertThat(recommendation(review)).containsEntry("improvementNeeded", false);
		assertThat(fixtures.notificationsOf(relationship, "REVIEW_OPENED")).singleElement()
				.satisfies(n -> assertThat(n.getRecipientGroup()).isEqualTo(fixtures.providerGroup(relationship)));
	}

	@Test
	void waitsForTheProviderWhenResultsAreMissing() {
		// given
		Relationship relationship = measuredRelationship();
		List<SuccessMeasure> measures = measureService.measuresOf(relationship.getId());
		submit(relationship, measures.get(0), GREEN);

		// when
		ProcessInstance review = fixtures.startReview(relationship, periodStart);

		// then
		assertThat(review).isWaitingAt("Task_SubmitPeriodResults").hasNotPassed("Task_ComputeScorecard");
		assertThat(task("Task_SubmitPeriodResults", review)).hasCandidateGroup(fixtures.providerGroup(relationship))
				.isNotAssigned();
		assertThat(review).variables().containsEntry("resultsComplete", false);
		assertThat(reviewOf(relationship).getStatus()).isEqualTo(ReviewStatus.AWAITING_RESULTS);
		assertThat(scorecards.findByReviewId(reviewOf(relationship).getId())).isEmpty();
		assertThat(fixtures.notificationsOf(relationship, "REVIEW_OPENED")).hasSize(1);
	}

	@Test
	void completesResultsTaskByItselfWhenTheLastResultArrives() {
		// given
		Relationship relationship = measuredRelationship();
		List<SuccessMeasure> measures = measureService.measuresOf(relationship.getId());
		ProcessInstance review = fixtures.startReview(relationship, periodStart);
		String provider = fixtures.providerUser(relationship);
		Actors.runAs(provider, () -> resultService.submit(relationship.getId(), periodStart,
				measures.subList(0, 3).stream().map(m -> entry(m, GREEN)).toList(), ResultSource.FORM, provider));
		assertThat(review).isWaitingAt("Task_SubmitPeriodResults");

		// when
		Actors.runAs(provider, () -> resultService.submit(relationship.getId(), periodStart,
				List.of(entry(measures.get(3), AMBER)), ResultSource.API, provider));

		// then
		assertThat(review).hasPassed("Task_SubmitPeriodResults", "Gateway_ResultsJoin", "Task_ComputeScorecard")
				.isWaitingAt("Task_ReviewPerformance");
		PerformanceReview stored = reviewOf(relationship);
		assertThat(stored.getStatus()).isEqualTo(ReviewStatus.IN_REVIEW);
		assertThat(stored.getResultsSubmittedBy()).isEqualTo(provider);
		assertThat(stored.getResultsSubmittedAt()).isNotNull();
		Scorecard scorecard = scorecardOf(stored);
		assertThat(scorecard.getRatings().green()).isEqualTo(3);
		assertThat(scorecard.getRatings().amber()).isEqualTo(1);
		assertThat(scorecard.getRatings().noData()).isZero();
		assertThat(recommendation(review)).containsEntry("improvementNeeded", false);
		assertThat(fixtures.auditOf(relationship)).filteredOn(e -> e.getAction().equals("RESULTS_COMPLETED"))
				.extracting(AuditEvent::getActor).containsExactly(provider);
	}

	@Test
	void remindsTheProviderBeforeResultsAreDue() {
		// given
		Relationship relationship = measuredRelationship();
		ProcessInstance review = fixtures.startReview(relationship, periodStart);
		String taskId = task("Task_SubmitPeriodResults", review).getId();

		// when
		execute(job("Event_ResultsReminder", review));

		// then
		assertThat(review).hasPassed("Task_SendResultsReminder", "End_ResultsReminderSent")
				.isWaitingAt("Task_SubmitPeriodResults");
		assertThat(task("Task_SubmitPeriodResults", review).getId()).isEqualTo(taskId);
		assertThat(fixtures.notificationsOf(relationship, "REMINDER")).singleElement().satisfies(n -> {
			assertThat(n.getRecipientGroup()).isEqualTo(fixtures.providerGroup(relationship));
			assertThat(n.getDedupKey()).isEqualTo("reminder:" + taskId);
			assertThat(n.getSubject()).isEqualTo("Reminder: Submit period results");
		});
		assertThat(reviewOf(relationship).getStatus()).isEqualTo(ReviewStatus.AWAITING_RESULTS);
	}

	@Test
	void givesTheProviderMoreTimeWhenTheManagerWaitsForMissingResults() {
		// given
		Relationship relationship = measuredRelationship();
		ProcessInstance review = fixtures.startReview(relationship, periodStart);
		execute(job("Event_ResultsOverdue", review));
		assertThat(review).isWaitingAt("Task_ChaseMissingResults").hasNotPassed("Task_ComputeScorecard");
		assertThat(task("Task_ChaseMissingResults", review)).isAssignedTo(MANAGER);
		Instant before = clock.now();

		// when
		Actors.runAs(MANAGER, () -> taskService.complete(task("Task_ChaseMissingResults", review).getId(),
				withVariables("proceedWithoutResults", false)));

		// then
		assertThat(review).hasPassed("Gateway_ProceedWithoutResults").isWaitingAt("Task_SubmitPeriodResults")
				.hasNotPassed("Task_ComputeScorecard");
		Instant dueAt = ((Date) runtimeService.getVariable(review.getId(), "resultsDueAt")).toInstant();
		assertThat(dueAt).isBetween(before.plus(7, ChronoUnit.DAYS), clock.now().plus(7, ChronoUnit.DAYS));
		assertThat(job("Event_ResultsOverdue", review).getDuedate().toInstant()).isEqualTo(dueAt);
		assertThat(job("Event_ResultsReminder", review).getDuedate().toInstant()).isBefore(dueAt).isAfter(before);
		assertThat(task("Task_SubmitPeriodResults", review).getDueDate().toInstant()).isEqualTo(dueAt);
		assertThat(fixtures.auditOf(relationship)).filteredOn(e -> e.getAction().equals("RESULTS_EXTENDED"))
				.extracting(AuditEvent::getActor).containsExactly(MANAGER);
		assertThat(reviewOf(relationship).getStatus()).isEqualTo(ReviewStatus.AWAITING_RESULTS);
	}

	@Test
	void reviewsWithoutTheMissingResultsWhenTheManagerProceeds() {
		// given
		Relationship relationship = measuredRelationship();
		List<SuccessMeasure> measures = measureService.measuresOf(relationship.getId());
		submit(relationship, measures.get(0), GREEN);
		ProcessInstance review = fixtures.startReview(relationship, periodStart);
		execute(job("Event_ResultsOverdue", review));

		// when
		Actors.runAs(MANAGER, () -> taskService.complete(task("Task_ChaseMissingResults", review).getId(),
				withVariables("proceedWithoutResults", true)));

		// then
		assertThat(review).hasPassed("Gateway_ProceedWithoutResults", "Task_ComputeScorecard")
				.isWaitingAt("Task_ReviewPerformance");
		PerformanceReview stored = reviewOf(relationship);
		assertThat(stored.getStatus()).isEqualTo(ReviewStatus.IN_REVIEW);
		assertThat(stored.getResultsSubmittedBy()).isNull();
		Scorecard scorecard = scorecardOf(stored);
		assertThat(scorecard.getRatings().green()).isEqualTo(1);
		assertThat(scorecard.getRatings().noData()).isEqualTo(3);
		assertThat(scorecards.linesOf(relationship.getId())).extracting(ScorecardLine::getMeasureId,
				ScorecardLine::getRating).containsExactlyInAnyOrder(
						tuple(measures.get(0).getId(), Rating.GREEN),
						tuple(measures.get(1).getId(), Rating.NO_DATA),
						tuple(measures.get(2).getId(), Rating.NO_DATA),
						tuple(measures.get(3).getId(), Rating.NO_DATA));
		assertThat(recommendation(review)).containsEntry("improvementNeeded", true)
				.containsEntry("reason", "Results are missing for one or more measures");
		assertThat(fixtures.auditOf(relationship)).filteredOn(e -> e.getAction().equals("RESULTS_WAIVED"))
				.extracting(AuditEvent::getActor).containsExactly(MANAGER);
	}

	@Test
	void publishesAnAcceptedReviewWithoutImprovement() {
		// given
		Relationship relationship = measuredRelationship();
		ProcessInstance review = reviewWaitingForAssessment(relationship, GREEN);
		assess(review, "Solid month", false, null);
		assertThat(review).isWaitingAt("Task_AcknowledgeReview");
		assertThat(task("Task_AcknowledgeReview", review)).hasCandidateGroup(fixtures.providerGroup(relationship));
		assertThat(reviewOf(relationship).getStatus()).isEqualTo(ReviewStatus.AWAITING_ACKNOWLEDGEMENT);

		// when
		acknowledge(review, relationship, true, null);
		assertThat(review).isWaitingAt("Task_PublishReview");
		execute(job("Task_PublishReview", review));

		// then
		assertThat(review).hasPassed("Gateway_ReopenReview", "Task_PublishReview", "Gateway_ImprovementNeeded")
				.hasNotPassed("CallActivity_JointImprovement").isEnded();
		assertThat(review).hasPassed("End_ReviewClosed");
		PerformanceReview stored = reviewOf(relationship);
		assertThat(stored.getStatus()).isEqualTo(ReviewStatus.PUBLISHED);
		assertThat(stored.getPublishedAt()).isNotNull();
		assertThat(stored.getAssessment()).isEqualTo("Solid month");
		assertThat(stored.getImprovementNeeded()).isFalse();
		assertThat(stored.getRecommendedImprovement()).isFalse();
		assertThat(stored.getOverrideReason()).isNull();
		assertThat(stored.getReviewedBy()).isEqualTo(MANAGER);
		assertThat(stored.getAcknowledgedBy()).isEqualTo(fixtures.providerUser(relationship));
		assertThat(stored.isReopened()).isFalse();
		assertThat(fixtures.notificationsOf(relationship, "REVIEW_PUBLISHED")).singleElement()
				.satisfies(n -> assertThat(n.getBody()).isEqualTo("Solid month"));
		assertThat(fixtures.auditOf(relationship)).extracting(AuditEvent::getAction)
				.contains("REVIEW_ASSESSED", "REVIEW_ACKNOWLEDGED", "REVIEW_PUBLISHED");
		assertThat(plans.findByReviewId(stored.getId())).isEmpty();
	}

	@Test
	void refusesToOverrideTheRecommendationWithoutAReason() {
		// given
		Relationship relationship = measuredRelationship();
		ProcessInstance review = reviewWaitingForAssessment(relationship, RED);
		String taskId = task("Task_ReviewPerformance", review).getId();

		// when
		RejectedInput rejected = Actors.runAs(MANAGER, () -> CycleFixtures.catchRejected(() -> taskService.complete(taskId,
				withVariables("assessment", "One red is bad luck", "improvementNeeded", false))));

		// then
		assertThat(rejected.fieldErrors()).containsKey("overrideReason").doesNotContainKey("assessment");
		assertThat(review).isWaitingAt("Task_ReviewPerformance");
		assertThat(task("Task_ReviewPerformance", review).getId()).isEqualTo(taskId);
		PerformanceReview stored = reviewOf(relationship);
		assertThat(stored.getStatus()).isEqualTo(ReviewStatus.IN_REVIEW);
		assertThat(stored.getAssessment()).isNull();
		assertThat(stored.getReviewedBy()).isNull();
		assertThat(fixtures.auditOf(relationship)).extracting(AuditEvent::getAction).doesNotContain("REVIEW_ASSESSED");
		assertThat(runtimeService.getVariable(review.getId(), "improvementNeeded")).isNull();
	}

	@Test
	void closesWithoutImprovementWhenTheManagerOverridesTheRecommendationWithAReason() {
		// given
		Relationship relationship = measuredRelationship();
		ProcessInstance review = reviewWaitingForAssessment(relationship, RED);
		assertThat(recommendation(review)).containsEntry("improvementNeeded", true);

		// when
		assess(review, "One red, caused by our own outage", false, "Our data centre failed, not the provider");
		acknowledge(review, relationship, true, null);
		execute(job("Task_PublishReview", review));

		// then
		assertThat(review).hasPassed("End_ReviewClosed").hasNotPassed("CallActivity_JointImprovement").isEnded();
		PerformanceReview stored = reviewOf(relationship);
		assertThat(stored.getStatus()).isEqualTo(ReviewStatus.PUBLISHED);
		assertThat(stored.getRecommendedImprovement()).isTrue();
		assertThat(stored.getRecommendationReason()).isEqualTo("One or more measures are RED");
		assertThat(stored.getImprovementNeeded()).isFalse();
		assertThat(stored.getOverrideReason()).isEqualTo("Our data centre failed, not the provider");
		assertThat(scorecardOf(stored).getRatings().red()).isEqualTo(4);
	}

	@Test
	void refusesADisputeWithoutAReason() {
		// given
		Relationship relationship = measuredRelationship();
		ProcessInstance review = reviewWaitingForAssessment(relationship, GREEN);
		assess(review, "Solid month", false, null);
		String provider = fixtures.providerUser(relationship);
		String taskId = task("Task_AcknowledgeReview", review).getId();
		taskService.claim(taskId, provider);

		// when
		RejectedInput rejected = Actors.runAs(provider, () -> CycleFixtures.catchRejected(() -> taskService.complete(taskId,
				withVariables("reviewAccepted", false, "disputeReason", "  "))));

		// then
		assertThat(rejected.fieldErrors()).containsKey("disputeReason");
		assertThat(review).isWaitingAt("Task_AcknowledgeReview");
		PerformanceReview stored = reviewOf(relationship);
		assertThat(stored.getStatus()).isEqualTo(ReviewStatus.AWAITING_ACKNOWLEDGEMENT);
		assertThat(stored.getAcknowledgedBy()).isNull();
		assertThat(stored.isReopened()).isFalse();
		assertThat(fixtures.auditOf(relationship)).extracting(AuditEvent::getAction).doesNotContain("REVIEW_DISPUTED");
	}

	@Test
	void reopensTheReviewOnTheFirstDisputeOnly() {
		// given
		Relationship relationship = measuredRelationship();
		ProcessInstance review = reviewWaitingForAssessment(relationship, GREEN);
		assess(review, "Solid month", false, null);

		// when: the first dispute
		acknowledge(review, relationship, false, "The outage on the 3rd was a planned change");

		// then
		assertThat(review).hasPassed("Gateway_ReopenReview").isWaitingAt("Task_ReviewPerformance")
				.hasNotPassed("Task_PublishReview");
		assertThat(task("Task_ReviewPerformance", review)).isAssignedTo(MANAGER);
		PerformanceReview reopened = reviewOf(relationship);
		assertThat(reopened.getStatus()).isEqualTo(ReviewStatus.IN_REVIEW);
		assertThat(reopened.isReopened()).isTrue();
		assertThat(reopened.getDisputeReason()).isEqualTo("The outage on the 3rd was a planned change");

		// when: the manager answers and the provider disputes again
		assess(review, "Solid month; the planned change is taken out", false, null);
		acknowledge(review, relationship, false, "Still not fair");

		// then
		assertThat(review).isWaitingAt("Task_PublishReview");
		execute(job("Task_PublishReview", review));
		assertThat(review).hasPassed("End_ReviewClosed").isEnded();
		PerformanceReview published = reviewOf(relationship);
		assertThat(published.getStatus()).isEqualTo(ReviewStatus.PUBLISHED);
		assertThat(published.getAssessment()).isEqualTo("Solid month; the planned change is taken out");
		assertThat(published.getDisputeReason()).isEqualTo("Still not fair");
		assertThat(fixtures.auditOf(relationship)).filteredOn(e -> e.getAction().equals("REVIEW_DISPUTED"))
				.extracting(AuditEvent::getDetail).hasSize(2)
				.anySatisfy(d -> assertThat(d).endsWith("(reopened for the manager)"))
				.anySatisfy(d -> assertThat(d).endsWith("(already reopened once; the review stands)"));
		assertThat(fixtures.historyOf(review, "Task_ReviewPerformance")).isEqualTo(2);
		assertThat(fixtures.historyOf(review, "Task_AcknowledgeReview")).isEqualTo(2);
	}

	@Test
	void publishesWithoutAcknowledgementWhenTheProviderDoesNotAnswer() {
		// given
		Relationship relationship = measuredRelationship();
		ProcessInstance review = reviewWaitingForAssessment(relationship, GREEN);
		assess(review, "Solid month", false, null);
		Job acknowledgementOverdue = job("Event_AcknowledgementOverdue", review);
		assertThat(acknowledgementOverdue.getDuedate().toInstant()).isAfter(clock.now().plus(13, ChronoUnit.DAYS));

		// when
		execute(acknowledgementOverdue);
		execute(job("Task_PublishReview", review));

		// then
		assertThat(review).hasPassed("Event_AcknowledgementOverdue", "Task_PublishReview", "End_ReviewClosed")
				.hasNotPassed("Gateway_ReopenReview").isEnded();
		PerformanceReview stored = reviewOf(relationship);
		assertThat(stored.getStatus()).isEqualTo(ReviewStatus.PUBLISHED);
		assertThat(stored.getAcknowledgedBy()).isNull();
		assertThat(stored.getAcknowledgedAt()).isNull();
		assertThat(fixtures.notificationsOf(relationship, "REVIEW_PUBLISHED")).hasSize(1);
	}

	@Test
	void runsAJointImprovementWhenTheReviewNeedsImprovement() {
		// given
		Relationship relationship = measuredRelationship();
		List<SuccessMeasure> measures = measureService.measuresOf(relationship.getId());
		fixtures.submitAll(relationship.getId(), periodStart, GREEN);
		submit(relationship, measures.get(0), RED);
		ProcessInstance review = fixtures.startReview(relationship, periodStart);
		assertThat(recommendation(review)).containsEntry("improvementNeeded", true)
				.containsEntry("reason", "One or more measures are RED");
		assess(review, "Availability fell short", true, null);
		acknowledge(review, relationship, true, null);

		// when
		execute(job("Task_PublishReview", review));

		// then
		assertThat(review).hasPassed("Gateway_ImprovementNeeded").isWaitingAt("CallActivity_JointImprovement");
		PerformanceReview stored = reviewOf(relationship);
		assertThat(stored.getStatus()).isEqualTo(ReviewStatus.PUBLISHED);
		assertThat(stored.getImprovementNeeded()).isTrue();
		Scorecard scorecard = scorecardOf(stored);
		assertThat(scorecard.getRatings().red()).isEqualTo(1);
		assertThat(scorecard.getRatings().green()).isEqualTo(3);
		ProcessInstance improvement = calledProcessInstance(Processes.JOINT_IMPROVEMENT, review);
		assertThat(improvement.getBusinessKey()).isEqualTo(review.getBusinessKey())
				.isEqualTo(Processes.reviewKey(relationship.getId(), periodStart));
		assertThat(improvement).isWaitingAt("Task_SubmitImprovementPlan").variables()
				.containsEntry("relationshipId", relationship.getId()).containsEntry("reviewId", stored.getId())
				.doesNotContainKeys("managerId", "providerGroup");
		ImprovementPlan plan = plans.findByReviewId(stored.getId()).orElseThrow();
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);

		// when
		completeImprovement(improvement, relationship, plan.getId());

		// then
		assertThat(improvement).isEnded();
		assertThat(review).hasPassed("CallActivity_JointImprovement", "End_ReviewClosedWithImprovement")
				.hasNotPassed("End_ReviewClosed").isEnded();
		assertThat(plans.findById(plan.getId()).orElseThrow().getStatus()).isEqualTo(PlanStatus.DONE);
		assertThat(maturityAssessments.findByRelationshipIdOrderByAssessedOnAscIdAsc(relationship.getId()))
				.singleElement().satisfies(a -> assertThat(a.getPlanId()).isEqualTo(plan.getId()));
	}

	@Test
	void endsUnpublishedWhenTheRelationshipEndsWhileResultsAreAwaited() {
		// given
		Relationship relationship = measuredRelationship();
		ProcessInstance review = fixtures.startReview(relationship, periodStart);
		assertThat(review).isWaitingAt("Task_SubmitPeriodResults");

		// when
		lifecycle.end(relationship.getId(), clock.today(), "Contract terminated", MANAGER);

		// then
		assertThat(review).hasPassedInOrder("StartEvent_RelationshipEnded", "Task_EndReviewWithRelationship",
				"End_ReviewEndedWithRelationship").hasNotPassed("Task_ComputeScorecard").isEnded();
		assertThat(taskService.createTaskQuery().processInstanceId(review.getId()).count()).isZero();
		assertThat(managementService.createJobQuery().processInstanceId(review.getId()).count())
				.as("the reminder and the deadline are gone").isZero();
		assertThat(reviewOf(relationship).getStatus()).isEqualTo(ReviewStatus.ENDED);
		assertThat(fixtures.event(relationship, "REVIEW_ENDED").getDetail()).endsWith("the relationship ended");
	}

	@Test
	void endsTheJointImprovementAndItsPlanWhenTheRelationshipEnds() {
		// given a published review whose joint improvement waits for the provider's plan
		Relationship relationship = measuredRelationship();
		fixtures.submitAll(relationship.getId(), periodStart, RED);
		ProcessInstance review = fixtures.startReview(relationship, periodStart);
		assess(review, "Availability fell short", true, null);
		acknowledge(review, relationship, true, null);
		execute(job("Task_PublishReview", review));
		ProcessInstance improvement = calledProcessInstance(Processes.JOINT_IMPROVEMENT, review);
		ImprovementPlan plan = plans.findByReviewId(reviewOf(relationship).getId()).orElseThrow();

		// when
		lifecycle.end(relationship.getId(), clock.today(), "Brought in-house", MANAGER);

		// then the improvement ends with its review, the plan says so, and the published review stands
		assertThat(improvement).isEnded();
		assertThat(review).hasPassed("End_ReviewEndedWithRelationship").hasNotPassed("End_ReviewClosedWithImprovement")
				.isEnded();
		assertThat(plans.findById(plan.getId()).orElseThrow().getStatus()).isEqualTo(PlanStatus.ENDED);
		assertThat(reviewOf(relationship).getStatus()).isEqualTo(ReviewStatus.PUBLISHED);
		assertThat(fixtures.event(relationship, "PLAN_ENDED").getDetail()).endsWith("the relationship ended");
	}

	/** Drives the called joint improvement the shortest way: one provider action, approved, done, assessed. */
	private void completeImprovement(ProcessInstance improvement, Relationship relationship, long planId) {
		String provider = fixtures.providerUser(relationship);
		Actors.runAs(provider, () -> {
			improvementService.describe(planId, "Fix availability", 3);
			improvementService.addAction(planId, new ActionDraft("Add monitoring", OwnerSide.PROVIDER, provider,
					clock.today().plusDays(14), null), provider);
			String submit = task("Task_SubmitImprovementPlan", improvement).getId();
			taskService.claim(submit, provider);
			taskService.complete(submit);
		});
		Actors.runAs(MANAGER, () -> taskService.complete(task("Task_ReviewImprovementPlan", improvement).getId(),
				withVariables("planApproved", true)));
		Actors.runAs(provider, () -> taskService.complete(task("Task_CompleteAction", improvement).getId(),
				withVariables("completionNote", "Monitoring live")));
		Actors.runAs(MANAGER, () -> taskService.complete(task("Task_AssessMaturity", improvement).getId(),
				withVariables("maturityLevel", 3L, "evidence", "Incidents now detected before users call")));
	}

	private Relationship measuredRelationship() {
		return fixtures.measuredRelationship(periodStart, 1, 1, 0);
	}

	private ProcessInstance reviewWaitingForAssessment(Relationship relationship, double value) {
		fixtures.submitAll(relationship.getId(), periodStart, value);
		ProcessInstance review = fixtures.startReview(relationship, periodStart);
		assertThat(review).isWaitingAt("Task_ReviewPerformance");
		return review;
	}

	private void assess(ProcessInstance review, String assessment, boolean improvementNeeded, String overrideReason) {
		Map<String, Object> variables = withVariables("assessment", assessment, "improvementNeeded", improvementNeeded);
		if (overrideReason != null) {
			variables.put("overrideReason", overrideReason);
		}
		Actors.runAs(MANAGER,
				() -> taskService.complete(task("Task_ReviewPerformance", review).getId(), variables));
	}

	private void acknowledge(ProcessInstance review, Relationship relationship, boolean accepted, String disputeReason) {
		String provider = fixtures.providerUser(relationship);
		Map<String, Object> variables = withVariables("reviewAccepted", accepted);
		if (disputeReason != null) {
			variables.put("disputeReason", disputeReason);
		}
		Actors.runAs(provider, () -> {
			String taskId = task("Task_AcknowledgeReview", review).getId();
			taskService.claim(taskId, provider);
			taskService.complete(taskId, variables);
		});
	}

	private void submit(Relationship relationship, SuccessMeasure measure, double value) {
		resultService.submit(relationship.getId(), periodStart, List.of(entry(measure, value)), ResultSource.API,
				"fixture");
	}

	private static ResultEntry entry(SuccessMeasure measure, double value) {
		return new ResultEntry(measure.getId(), BigDecimal.valueOf(value), null);
	}

	private PerformanceReview reviewOf(Relationship relationship) {
		return reviews.findByRelationshipIdAndPeriodStart(relationship.getId(), periodStart).orElseThrow();
	}

	private Scorecard scorecardOf(PerformanceReview review) {
		return scorecards.findByReviewId(review.getId()).orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> recommendation(ProcessInstance review) {
		return (Map<String, Object>) runtimeService.getVariable(review.getId(), "recommendation");
	}




}
