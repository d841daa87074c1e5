package org.pacer.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.audit.AuditEvent;
import org.pacer.measure.GlidePathTarget;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.process.Processes;
import org.pacer.process.RejectedInput;
import org.pacer.review.PerformanceReview;
import org.pacer.review.ReviewService;
import org.pacer.scorecard.ScorecardService;
import org.pacer.sourcing.SourcingDecision;
import org.pacer.sourcing.SourcingService;
import org.pacer.sourcing.SourcingTrigger;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;

/** relationship-lifecycle: from the expected outcomes through the review cycles to the end of the relationship. */
@ProcessTest
class RelationshipLifecycleProcessTests {

	@Autowired
	private RuntimeService runtimeService;

	@Autowired
	private ManagementService managementService;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private RelationshipLifecycle lifecycle;

	@Autowired
	private RelationshipService relationships;

	@Autowired
	private MeasureService measures;

	@Autowired
	private ReviewService reviews;

	@Autowired
	private ScorecardService scorecards;

	@Autowired
	private SourcingService sourcing;

	@Autowired
	private PacerClock clock;

	@Test
	void expectedOutcomesWithAnUnknownLevelAreRejectedAndTheTaskStaysOpen() {
		// given
		Relationship relationship = relationship();
		ProcessInstance pi = lifecycle.start(relationship);
		assertThat(pi).isWaitingAt("Task_SetExpectedOutcomes");
		Task task = task("Task_SetExpectedOutcomes", pi);
		assertThat(task).isAssignedTo(CycleFixtures.MANAGER);

		// when
		Map<String, Object> outcomes = Map.of("expectedLevel", 9L, "currentLevel", 1L, "rampUpMonths", 0L);

		// then
		assertThatThrownBy(() -> fixtures.complete(CycleFixtures.MANAGER, task, outcomes))
				.isInstanceOfSatisfying(RejectedInput.class,
						e -> assertThat(e.fieldErrors()).containsOnlyKeys("expectedLevel"));
		assertThat(pi).isWaitingAt("Task_SetExpectedOutcomes");
		assertThat(runtimeService.getVariable(pi.getId(), "expectedLevel")).isNull();
		assertThat(relationships.get(relationship.getId()).getExpectedLevel()).isNull();
		assertThat(fixtures.actions(relationship)).doesNotContain("OUTCOMES_SET");
	}

	@Test
	void missingMeasuresSendTheManagerBackToDefineThemWithTheMissingNeeds() {
		// given
		Relationship relationship = relationship();
		ProcessInstance pi = lifecycle.start(relationship);
		fixtures.complete(CycleFixtures.MANAGER, task("Task_SetExpectedOutcomes", pi),
				Map.of("expectedLevel", 1L, "currentLevel", 1L, "rampUpMonths", 0L));
		assertThat(pi).isWaitingAt("Task_DefineSuccessMeasures");
		assertThat(runtimeService.getVariable(pi.getId(), "rampUpNeeded")).isEqualTo(false);

		// when no measure is defined
		fixtures.complete(CycleFixtures.MANAGER, task("Task_DefineSuccessMeasures", pi), Map.of());

		// then
		assertThat(pi).hasPassedInOrder("Task_DefineSuccessMeasures", "Task_CheckScorecardCoverage",
				"Gateway_CoverageComplete").isWaitingAt("Task_DefineSuccessMeasures").hasNotPassed("Task_AgreeMeasures");
		assertThat(runtimeService.getVariable(pi.getId(), "coverageComplete")).isEqualTo(false);
		assertThat((String) runtimeService.getVariable(pi.getId(), "missingNeeds")).isEqualTo(
				"Major incidents, Incident resolution time, Service availability, Staff continuity");
		Relationship stored = relationships.get(relationship.getId());
		assertThat(stored.getExpectedLevel()).isEqualTo(1);
		assertThat(stored.getStatus()).isEqualTo(RelationshipStatus.SETTING_UP);
		assertThat(fixtures.actions(relationship)).contains("OUTCOMES_SET");
	}

	@Test
	void coveredNeedsGoToTheProviderToAgreeTheMeasures() {
		// given
		Relationship relationship = relationship();
		ProcessInstance pi = lifecycle.start(relationship);
		fixtures.complete(CycleFixtures.MANAGER, task("Task_SetExpectedOutcomes", pi),
				Map.of("expectedLevel", 2L, "currentLevel", 2L, "rampUpMonths", 0L));
		fixtures.coverNeeds(relationship.getId(), 2);

		// when
		fixtures.complete(CycleFixtures.MANAGER, task("Task_DefineSuccessMeasures", pi), Map.of());

		// then
		assertThat(pi).hasPassed("Task_CheckScorecardCoverage", "Gateway_CoverageComplete")
				.isWaitingAt("Task_AgreeMeasures");
		assertThat(runtimeService.getVariable(pi.getId(), "coverageComplete")).isEqualTo(true);
		assertThat(runtimeService.getVariable(pi.getId(), "missingNeeds")).isEqualTo("");
		assertThat(task("Task_AgreeMeasures", pi)).hasCandidateGroup(fixtures.providerGroup(relationship)).isNotAssigned();
		assertThat(relationships.get(relationship.getId()).getStatus()).isEqualTo(RelationshipStatus.SETTING_UP);
	}

	@Test
	void aDisputeWithoutAReasonIsRejected() {
		// given
		Relationship relationship = relationship();
		ProcessInstance pi = startAndDefineMeasures(relationship, 2, 2, 0);
		Task agree = task("Task_AgreeMeasures", pi);

		// when
		Map<String, Object> dispute = Map.of("measuresAccepted", false, "disputeReason", "  ");

		// then
		assertThatThrownBy(() -> fixtures.complete(fixtures.providerUser(relationship), agree, dispute))
				.isInstanceOfSatisfying(RejectedInput.class,
						e -> assertThat(e.fieldErrors()).containsOnlyKeys("disputeReason"));
		assertThat(pi).isWaitingAt("Task_AgreeMeasures");
		assertThat(fixtures.actions(relationship)).doesNotContain("MEASURES_DISPUTED");
	}

	@Test
	void aDisputeWithAReasonSendsTheMeasuresBackToTheManager() {
		// given
		Relationship relationship = relationship();
		ProcessInstance pi = startAndDefineMeasures(relationship, 2, 2, 0);
		String providerUser = fixtures.providerUser(relationship);

		// when
		fixtures.complete(providerUser, task("Task_AgreeMeasures", pi),
				Map.of("measuresAccepted", false, "disputeReason", "Availability target is above the contract"));

		// then
		assertThat(pi).hasPassed("Gateway_MeasuresAccepted").isWaitingAt("Task_DefineSuccessMeasures")
				.hasNotPassed("Gateway_RampUpNeeded");
		assertThat(runtimeService.getVariable(pi.getId(), "disputeReason"))
				.isEqualTo("Availability target is above the contract");
		assertThat(relationships.get(relationship.getId()).getStatus()).isEqualTo(RelationshipStatus.SETTING_UP);
		AuditEvent disputed = fixtures.event(relationship, "MEASURES_DISPUTED");
		assertThat(disputed.getActor()).isEqualTo(providerUser);
		assertThat(disputed.getDetail()).isEqualTo("Availability target is above the contract");
	}

	@Test
	void acceptedMeasuresForAProviderBelowTheExpectedLevelStartRampUpWithAGlidePath() {
		// given
		Relationship relationship = relationship();
		ProcessInstance pi = startAndDefineMeasures(relationship, 2, 1, 3);
		assertThat(runtimeService.getVariable(pi.getId(), "rampUpNeeded")).isEqualTo(true);

		// when
		fixtures.complete(fixtures.providerUser(relationship), task("Task_AgreeMeasures", pi), Map.of("measuresAccepted", true));

		// then
		assertThat(pi).hasPassedInOrder("Gateway_MeasuresAccepted", "Gateway_RampUpNeeded", "Task_StartRampUp",
				"Gateway_RampUpJoin", "StartEvent_CyclesStarted", "Task_ScheduleNextReview")
				.isWaitingAt("Event_PeriodEnds");
		Relationship stored = relationships.get(relationship.getId());
		assertThat(stored.getStatus()).isEqualTo(RelationshipStatus.ACTIVE);
		assertThat(stored.getRampUpEndsOn()).isEqualTo(firstOfMonthsAgo(4).plusMonths(3));
		List<SuccessMeasure> defined = measures.measuresOf(relationship.getId());
		List<GlidePathTarget> glidePath = measures.glidePathOf(defined);
		assertThat(defined).hasSize(8);
		assertThat(glidePath).hasSize(8 * 3);
		assertThat(glidePath).extracting(GlidePathTarget::getPeriodStart).containsOnly(firstOfMonthsAgo(4),
				firstOfMonthsAgo(3), firstOfMonthsAgo(2));
		// from the amber line 90 towards the target 100 in equal steps
		assertThat(glidePath).filteredOn(t -> t.getMeasureId().equals(defined.get(0).getId()))
				.extracting(t -> t.getTarget().doubleValue()).containsExactly(92.5, 95.0, 97.5);
		assertThat(fixtures.actions(relationship)).contains("MEASURES_AGREED", "RAMP_UP_STARTED");
	}

	@Test
	void acceptedMeasuresForAProviderAtTheExpectedLevelGoStraightToTheReviewCycles() {
		// given
		Relationship relationship = relationship();
		ProcessInstance pi = startAndDefineMeasures(relationship, 2, 2, 0);

		// when
		fixtures.complete(fixtures.providerUser(relationship), task("Task_AgreeMeasures", pi), Map.of("measuresAccepted", true));

		// then
		assertThat(pi).hasPassed("Gateway_RampUpNeeded", "Gateway_RampUpJoin", "StartEvent_CyclesStarted",
				"Task_ScheduleNextReview").hasNotPassed("Task_StartRampUp").isWaitingAt("Event_PeriodEnds");
		Relationship stored = relationships.get(relationship.getId());
		assertThat(stored.getStatus()).isEqualTo(RelationshipStatus.ACTIVE);
		assertThat(stored.getRampUpEndsOn()).isNull();
		assertThat(measures.glidePathOf(measures.measuresOf(relationship.getId()))).isEmpty();
		assertThat(fixtures.actions(relationship)).contains("MEASURES_AGREED").doesNotContain("RAMP_UP_STARTED");
	}

	@Test
	void theFirstPeriodIsScheduledAndItsEndWaitsOnATimer() {
		// given
		Relationship relationship = relationship();

		// when
		ProcessInstance pi = startIntoReviewCycles(relationship);

		// then
		LocalDate firstPeriod = firstOfMonthsAgo(4);
		assertThat(pi).isWaitingAt("Event_PeriodEnds");
		assertThat(runtimeService.getVariable(pi.getId(), "periodStart")).isEqualTo(firstPeriod.toString());
		assertThat((Date) runtimeService.getVariable(pi.getId(), "periodEndsAt"))
				.hasSameTimeAs(clock.startOf(firstPeriod.plusMonths(1)));
		Job periodEnds = job("Event_PeriodEnds", pi);
		assertThat(periodEnds.getDuedate()).hasSameTimeAs(clock.startOf(firstPeriod.plusMonths(1)));
		// the sourcing review is due a year on, and the subprocess listens for both messages
		assertThat(job("Event_SourcingDue", pi).getDuedate()).isAfter(clock.nowAsDate());
		assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(pi.getId()).list())
				.extracting(s -> s.getEventName()).containsExactlyInAnyOrder(Processes.MESSAGE_REVIEW_PUBLISHED,
						Processes.MESSAGE_RELATIONSHIP_ENDED);
	}

	@Test
	void theEndOfAPeriodStartsItsReviewAndSchedulesTheNextPeriod() {
		// given
		Relationship relationship = relationship();
		ProcessInstance pi = startIntoReviewCycles(relationship);
		LocalDate firstPeriod = firstOfMonthsAgo(4);

		// when the period ends
		execute(job("Event_PeriodEnds", pi));

		// then the review starts in its own job
		assertThat(pi).hasPassed("Event_PeriodEnds").isWaitingAt("Task_StartPerformanceReview");
		assertThat(reviewInstance(relationship, firstPeriod)).isNull();

		// when
		execute(job("Task_StartPerformanceReview", pi));

		// then
		ProcessInstance review = reviewInstance(relationship, firstPeriod);
		assertThat(review).isNotNull();
		assertThat(review.getBusinessKey()).isEqualTo(relationship.getId() + "/" + firstPeriod);
		assertThat(runtimeService.getVariables(review.getId())).containsEntry("relationshipId", relationship.getId())
				.containsEntry("periodStart", firstPeriod.toString())
				// the people of its tasks come from the relationship, not from variables a completion could write
				.doesNotContainKeys("managerId", "providerGroup");
		assertThat(reviews.reviewsOf(relationship.getId())).extracting(PerformanceReview::getPeriodStart)
				.containsExactly(firstPeriod);
		assertThat(pi).hasPassed("Task_StartPerformanceReview").isWaitingAt("Event_PeriodEnds");
		assertThat(runtimeService.getVariable(pi.getId(), "periodStart")).isEqualTo(firstPeriod.plusMonths(1).toString());
		assertThat(job("Event_PeriodEnds", pi).getDuedate()).hasSameTimeAs(clock.startOf(firstPeriod.plusMonths(2)));
	}

	@Test
	void aPublishedReviewWithoutRepeatedMissesNeedsNoAction() {
		// given
		Relationship relationship = relationship();
		ProcessInstance pi = startIntoReviewCycles(relationship);

		// when
		runtimeService.createMessageCorrelation(Processes.MESSAGE_REVIEW_PUBLISHED)
				.processInstanceBusinessKey(relationship.getId().toString()).correlateWithResult();

		// then
		assertThat(pi).hasPassedInOrder("Event_ReviewPublished", "Task_CheckRepeatedMisses", "Gateway_RepeatedMisses",
				"End_NoMissesAction").hasNotPassed("Task_StartSourcingDecision").isWaitingAt("Event_PeriodEnds")
				.isNotEnded();
		assertThat(runtimeService.getVariable(pi.getId(), "repeatedMisses")).isEqualTo(false);
		assertThat(sourcingInstance(relationship)).isNull();
		assertThat(sourcing.decisionsOf(relationship.getId())).isEmpty();
	}

	@Test
	void twoPublishedRedReviewsInARowStartASourcingDecision() {
		// given
		Relationship relationship = relationship();
		ProcessInstance pi = startIntoReviewCycles(relationship);
		PerformanceReview first = publishRedReview(relationship, firstOfMonthsAgo(4));
		PerformanceReview second = publishRedReview(relationship, firstOfMonthsAgo(3));
		assertThat(sourcing.consecutiveMisses(relationship.getId())).isEqualTo(2);

		// when the second one is published
		runtimeService.createMessageCorrelation(Processes.MESSAGE_REVIEW_PUBLISHED)
				.processInstanceBusinessKey(relationship.getId().toString())
				.setVariable("lastPublishedReviewId", second.getId()).correlateWithResult();

		// then
		assertThat(pi).hasPassed("Task_CheckRepeatedMisses", "Gateway_RepeatedMisses")
				.isWaitingAt("Task_StartSourcingDecision", "Event_PeriodEnds");
		assertThat(runtimeService.getVariable(pi.getId(), "repeatedMisses")).isEqualTo(true);

		// when
		execute(job("Task_StartSourcingDecision", pi));

		// then
		assertThat(pi).hasPassed("Task_StartSourcingDecision", "End_SourcingStarted").isWaitingAt("Event_PeriodEnds");
		ProcessInstance decision = sourcingInstance(relationship);
		assertThat(decision).isNotNull();
		assertThat(decision).isWaitingAt("Task_DecideSourcing");
		assertThat(sourcing.decisionsOf(relationship.getId())).singleElement().satisfies(d -> {
			assertThat(d.getTrigger()).isEqualTo(SourcingTrigger.REPEATED_MISSES);
			assertThat(d.isPending()).isTrue();
			assertThat(sourcing.evidenceOf(d).consecutiveRedReviews()).isEqualTo(2);
		});
		assertThat(first.getId()).isNotEqualTo(second.getId());
	}

	@Test
	void theScheduledSourcingReviewStartsOneDecisionAndNoSecondWhileItIsPending() {
		// given
		Relationship relationship = relationship();
		ProcessInstance pi = startIntoReviewCycles(relationship);

		// when the sourcing review falls due
		execute(job("Event_SourcingDue", pi));
		execute(job("Task_StartSourcingDecision", pi));

		// then
		assertThat(pi).hasPassed("Event_SourcingDue", "Task_StartSourcingDecision", "End_SourcingStarted")
				.isWaitingAt("Event_PeriodEnds");
		assertThat(sourcingInstance(relationship)).isNotNull();
		List<SourcingDecision> decisions = sourcing.decisionsOf(relationship.getId());
		assertThat(decisions).singleElement().satisfies(d -> {
			assertThat(d.getTrigger()).isEqualTo(SourcingTrigger.SCHEDULED);
			assertThat(d.isPending()).isTrue();
		});

		// when it falls due again while that decision is open
		execute(job("Event_SourcingDue", pi));
		execute(job("Task_StartSourcingDecision", pi));

		// then
		assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(Processes.SOURCING_DECISION)
				.processInstanceBusinessKey(relationship.getId().toString()).count()).isEqualTo(1);
		assertThat(sourcing.decisionsOf(relationship.getId())).hasSize(1);
		assertThat(pi).isWaitingAt("Event_PeriodEnds");
	}

	@Test
	void theEndOfTheRelationshipClosesItAndStopsTheReviews() {
		// given
		Relationship relationship = relationship();
		ProcessInstance pi = startIntoReviewCycles(relationship);

		// when
		lifecycle.end(relationship.getId(), clock.today(), "Contract terminated", CycleFixtures.MANAGER);

		// then
		assertThat(pi).hasPassedInOrder("Event_RelationshipEnded", "Task_CloseRelationship", "End_RelationshipClosed")
				.isEnded();
		Relationship stored = relationships.get(relationship.getId());
		assertThat(stored.getStatus()).isEqualTo(RelationshipStatus.ENDED);
		assertThat(stored.getEndReason()).isEqualTo("Contract terminated");
		assertThat(stored.getEndedOn()).isEqualTo(clock.today());
		assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
		assertThat(managementService.createJobQuery().timers().processInstanceId(pi.getId()).count()).isZero();
		assertThat(fixtures.event(relationship, "RELATIONSHIP_ENDED").getDetail()).isEqualTo("Contract terminated");
		assertThat(fixtures.event(relationship, "RELATIONSHIP_ENDED").getActor()).isEqualTo(CycleFixtures.MANAGER);
	}

	@Test
	void aMessageFromElsewhereClosesTheRelationshipToo() {
		// given
		Relationship relationship = relationship();
		ProcessInstance pi = startIntoReviewCycles(relationship);

		// when: the message without Pacer's ending (an administrator in Cockpit, say)
		runtimeService.createMessageCorrelation(Processes.MESSAGE_RELATIONSHIP_ENDED)
				.processInstanceBusinessKey(relationship.getId().toString()).correlateWithResult();

		// then
		assertThat(pi).hasPassed("Task_CloseRelationship").isEnded();
		assertThat(relationships.get(relationship.getId()).getStatus()).isEqualTo(RelationshipStatus.ENDED);
		assertThat(fixtures.event(relationship, "RELATIONSHIP_ENDED").getActor()).isEqualTo("system");
	}

	/** A relationship whose first period began four months ago. */
	private Relationship relationship() {
		return fixtures.relationship(firstOfMonthsAgo(4));
	}

	private LocalDate firstOfMonthsAgo(int months) {
		return fixtures.firstOfMonthsAgo(months);
	}

	private ProcessInstance startAndDefineMeasures(Relationship relationship, long expectedLevel, long currentLevel,
			long rampUpMonths) {
		ProcessInstance pi = lifecycle.start(relationship);
		fixtures.complete(CycleFixtures.MANAGER, task("Task_SetExpectedOutcomes", pi),
				Map.of("expectedLevel", expectedLevel, "currentLevel", currentLevel, "rampUpMonths", rampUpMonths));
		fixtures.coverNeeds(relationship.getId(), (int) expectedLevel);
		fixtures.complete(CycleFixtures.MANAGER, task("Task_DefineSuccessMeasures", pi), Map.of());
		assertThat(pi).isWaitingAt("Task_AgreeMeasures");
		return pi;
	}

	private ProcessInstance startIntoReviewCycles(Relationship relationship) {
		ProcessInstance pi = fixtures.startIntoReviewCycles(relationship, 1, 1, 0);
		assertThat(pi).isWaitingAt("Event_PeriodEnds");
		return pi;
	}

	/** A review of the period with every result far below the amber line, assessed and published. */
	private PerformanceReview publishRedReview(Relationship relationship, LocalDate periodStart) {
		PerformanceReview review = fixtures.publishedReview(relationship, periodStart, 50);
		assertThat(scorecards.forReview(review.getId()).orElseThrow().getRatings().red()).isPositive();
		return review;
	}

	private ProcessInstance reviewInstance(Relationship relationship, LocalDate periodStart) {
		return runtimeService.createProcessInstanceQuery().processDefinitionKey(Processes.PERFORMANCE_REVIEW)
				.processInstanceBusinessKey(Processes.reviewKey(relationship.getId(), periodStart)).singleResult();
	}

	private ProcessInstance sourcingInstance(Relationship relationship) {
		return runtimeService.createProcessInstanceQuery().processDefinitionKey(Processes.SOURCING_DECISION)
				.processInstanceBusinessKey(relationship.getId().toString()).singleResult();
	}
}
