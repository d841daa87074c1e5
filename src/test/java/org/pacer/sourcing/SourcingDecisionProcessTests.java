package org.pacer.sourcing;

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
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.audit.AuditEvent;
import org.pacer.identity.Actors;
import org.pacer.identity.Roles;
import org.pacer.notification.Notification;
import org.pacer.notification.NotificationService;
import org.pacer.process.Processes;
import org.pacer.process.RejectedInput;
import org.pacer.relationship.ProviderKind;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipLifecycle;
import org.pacer.relationship.RelationshipService;
import org.pacer.relationship.RelationshipStatus;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;

/** sourcing-decision: evidence, the board's real choice, and what each option sets in motion. */
@ProcessTest
class SourcingDecisionProcessTests {

	private static final String BOARD_MEMBER = "fixture-board-member";

	@Autowired
	private RuntimeService runtimeService;

	@Autowired
	private TaskService taskService;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private RelationshipLifecycle lifecycle;

	@Autowired
	private RelationshipService relationships;

	@Autowired
	private SourcingService sourcing;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private PacerClock clock;

	@BeforeEach
	void boardMember() {
		fixtures.ensureUser(BOARD_MEMBER, Roles.SOURCING_BOARD);
	}

	@Test
	void theEvidenceIsPreparedAndPutBeforeTheSourcingBoard() {
		// given
		Relationship relationship = measuredRelationship();

		// when
		ProcessInstance pi = startDecision(relationship);

		// then
		assertThat(pi).hasPassedInOrder("StartEvent_SourcingDecisionDue", "Task_PrepareEvidence")
				.isWaitingAt("Task_DecideSourcing");
		assertThat(task("Task_DecideSourcing", pi)).hasCandidateGroup(Roles.SOURCING_BOARD).isNotAssigned();
		SourcingDecision decision = onlyDecision(relationship);
		assertThat(runtimeService.getVariable(pi.getId(), "sourcingDecisionId")).isEqualTo(decision.getId());
		assertThat(decision.isPending()).isTrue();
		assertThat(decision.getTrigger()).isEqualTo(SourcingTrigger.SCHEDULED);
		assertThat(decision.getOptionsConsidered()).isEqualTo("CONTINUE,REMEDIATE,BRING_IN_HOUSE,RE_TENDER");
		assertThat(decision.getEvidence()).contains("\"scoreTrend\":[]", "\"missLimit\":2", "\"expectedLevel\":2",
				"\"achievedLevel\":1", "\"consecutiveRedReviews\":0");
		Evidence evidence = sourcing.evidenceOf(decision);
		assertThat(evidence.expectedLevel()).isEqualTo(2);
		assertThat(evidence.achievedLevel()).isEqualTo(1);
		assertThat(evidence.plans()).isZero();
		assertThat(fixtures.actions(relationship)).contains("SOURCING_PREPARED");
	}

	@Test
	void aDecisionWithoutRationaleIsRejected() {
		// given
		Relationship relationship = measuredRelationship();
		ProcessInstance pi = startDecision(relationship);
		Task decide = task("Task_DecideSourcing", pi);

		// when
		Map<String, Object> choice = Map.of("sourcingOption", "CONTINUE", "rationale", " ");

		// then
		assertThatThrownBy(() -> complete(decide, choice))
				.isInstanceOfSatisfying(RejectedInput.class,
						e -> assertThat(e.fieldErrors()).containsOnlyKeys("rationale"));
		assertThat(pi).isWaitingAt("Task_DecideSourcing");
		assertThat(onlyDecision(relationship).isPending()).isTrue();
		assertThat(fixtures.actions(relationship)).doesNotContain("SOURCING_DECIDED");
	}

	@Test
	void remediationWithADeadlineInThePastIsRejected() {
		// given
		Relationship relationship = measuredRelationship();
		ProcessInstance pi = startDecision(relationship);
		Task decide = task("Task_DecideSourcing", pi);

		// when
		Map<String, Object> choice = Map.of("sourcingOption", "REMEDIATE", "rationale", "One more chance",
				"remediationDeadline", date(clock.today().minusDays(1)));

		// then
		assertThatThrownBy(() -> complete(decide, choice))
				.isInstanceOfSatisfying(RejectedInput.class,
						e -> assertThat(e.fieldErrors()).containsOnlyKeys("remediationDeadline"));
		assertThat(pi).isWaitingAt("Task_DecideSourcing");
		assertThat(onlyDecision(relationship).isPending()).isTrue();
	}

	@Test
	void continuingEndsTheDecisionAndTheRelationshipGoesOn() {
		// given
		Relationship relationship = measuredRelationship();
		ProcessInstance pi = startDecision(relationship);

		// when
		complete(task("Task_DecideSourcing", pi),
				Map.of("sourcingOption", "CONTINUE", "rationale", "Misses were caused by our own change freeze"));

		// then
		assertThat(pi).hasPassedInOrder("Task_DecideSourcing", "Gateway_SourcingOption", "End_Continued").isEnded();
		SourcingDecision decision = onlyDecision(relationship);
		assertThat(decision.getStatus()).isEqualTo("DECIDED");
		assertThat(decision.getDecision()).isEqualTo(SourcingOption.CONTINUE);
		assertThat(decision.getRationale()).isEqualTo("Misses were caused by our own change freeze");
		assertThat(decision.getDecidedBy()).isEqualTo(BOARD_MEMBER);
		assertThat(relationships.get(relationship.getId()).getStatus()).isNotEqualTo(RelationshipStatus.ENDED);
		AuditEvent decided = fixtures.event(relationship, "SOURCING_DECIDED");
		assertThat(decided.getActor()).isEqualTo(BOARD_MEMBER);
		assertThat(decided.getDetail()).isEqualTo("Continue: Misses were caused by our own change freeze");
	}

	@Test
	void remediationWaitsForItsDeadlineAndThenPreparesAFollowUpDecision() {
		// given
		Relationship relationship = measuredRelationship();
		ProcessInstance pi = startDecision(relationship);
		LocalDate deadline = clock.today().plusDays(60);

		// when
		complete(task("Task_DecideSourcing", pi), Map.of("sourcingOption", "REMEDIATE", "rationale",
				"Fix incident handling first", "remediationDeadline", date(deadline)));

		// then
		assertThat(pi).hasPassed("Gateway_SourcingOption").isWaitingAt("Event_RemediationDeadline");
		assertThat(job("Event_RemediationDeadline", pi).getDuedate()).hasSameTimeAs(clock.startOf(deadline));
		SourcingDecision first = onlyDecision(relationship);
		assertThat(first.getDecision()).isEqualTo(SourcingOption.REMEDIATE);
		assertThat(first.getRemediationDeadline()).isEqualTo(deadline);

		// when the deadline is reached
		execute(job("Event_RemediationDeadline", pi));

		// then
		assertThat(pi).hasPassed("Event_RemediationDeadline").isWaitingAt("Task_DecideSourcing");
		List<SourcingDecision> decisions = sourcing.decisionsOf(relationship.getId());
		assertThat(decisions).hasSize(2);
		assertThat(decisions).filteredOn(SourcingDecision::isPending).singleElement()
				.satisfies(followUp -> assertThat(runtimeService.getVariable(pi.getId(), "sourcingDecisionId"))
						.isEqualTo(followUp.getId()));
		assertThat(decisions).filteredOn(d -> !d.isPending()).extracting(SourcingDecision::getId)
				.containsExactly(first.getId());
	}

	@Test
	void bringingTheServiceInHouseStartsTheInternalTeamAndEndsTheRelationship() {
		// given a relationship running its review cycles
		Relationship relationship = measuredRelationship();
		ProcessInstance running = runLifecycleIntoReviewCycles(relationship);
		ProcessInstance pi = startDecision(relationship);
		String team = "Internal operations " + UUID.randomUUID().toString().substring(0, 8);

		// when
		complete(task("Task_DecideSourcing", pi), Map.of("sourcingOption", "BRING_IN_HOUSE", "rationale",
				"Core service, we build the team", "inHouseTeam", team));

		// then the successor starts and the end waits in its own job
		assertThat(pi).hasPassed("Task_BringInHouse").isWaitingAt("Task_EndRelationship");
		SourcingDecision decision = onlyDecision(relationship);
		assertThat(decision.getDecision()).isEqualTo(SourcingOption.BRING_IN_HOUSE);
		Relationship successor = fixtures.made(relationships.get(decision.getSuccessorRelationshipId()));
		assertThat(runtimeService.getVariable(pi.getId(), "successorRelationshipId")).isEqualTo(successor.getId());
		assertThat(successor.getProvider().getKind()).isEqualTo(ProviderKind.INTERNAL_TEAM);
		assertThat(successor.getProvider().getName()).isEqualTo(team);
		assertThat(successor.getName()).isEqualTo(relationship.getName() + " (in-house)");
		assertThat(successor.getManagerId()).isEqualTo(CycleFixtures.MANAGER);
		assertThat(successor.getStartDate()).isEqualTo(clock.today());
		ProcessInstance successorLifecycle = lifecycleOf(successor);
		assertThat(successorLifecycle).isNotNull();
		assertThat(successorLifecycle).isWaitingAt("Task_SetExpectedOutcomes");
		assertThat(fixtures.event(relationship, "BROUGHT_IN_HOUSE").getDetail()).contains(team);
		assertThat(relationships.get(relationship.getId()).getStatus()).isEqualTo(RelationshipStatus.ACTIVE);

		// when
		execute(job("Task_EndRelationship", pi));

		// then the lifecycle hears of it and closes the relationship
		assertThat(pi).hasPassed("Task_EndRelationship", "End_RelationshipEnded").isEnded();
		assertThat(running).hasPassed("Event_RelationshipEnded", "Task_CloseRelationship", "End_RelationshipClosed")
				.isEnded();
		Relationship ended = relationships.get(relationship.getId());
		assertThat(ended.getStatus()).isEqualTo(RelationshipStatus.ENDED);
		assertThat(ended.getEndReason()).isEqualTo("Sourcing decision: BRING_IN_HOUSE");
		assertThat(successorLifecycle).isNotEnded();
		assertThat(relationships.get(successor.getId()).getStatus()).isEqualTo(RelationshipStatus.SETTING_UP);
	}

	@Test
	void reTenderingWaitsForTheNoticePeriodAndThenEndsTheRelationship() {
		// given a relationship running its review cycles
		Relationship relationship = measuredRelationship();
		ProcessInstance running = runLifecycleIntoReviewCycles(relationship);
		ProcessInstance pi = startDecision(relationship);

		// when
		complete(task("Task_DecideSourcing", pi), Map.of("sourcingOption", "RE_TENDER", "rationale",
				"The market offers better", "noticePeriodDays", 90L));

		// then
		assertThat(pi).hasPassed("Gateway_SourcingOption").isWaitingAt("Event_NoticePeriodEnds");
		assertThat((Date) runtimeService.getVariable(pi.getId(), "noticeEndsAt"))
				.hasSameTimeAs(clock.startOf(clock.today().plusDays(90)));
		assertThat(job("Event_NoticePeriodEnds", pi).getDuedate()).hasSameTimeAs(clock.startOf(clock.today().plusDays(90)));
		assertThat(onlyDecision(relationship).getNoticePeriodDays()).isEqualTo(90);
		assertThat(relationships.get(relationship.getId()).getStatus()).isEqualTo(RelationshipStatus.ACTIVE);

		// when the notice period ends
		execute(job("Event_NoticePeriodEnds", pi));
		execute(job("Task_EndRelationship", pi));

		// then
		assertThat(pi).hasPassedInOrder("Event_NoticePeriodEnds", "Task_EndRelationship", "End_RelationshipEnded")
				.isEnded();
		assertThat(running).hasPassed("Task_CloseRelationship").isEnded();
		Relationship ended = relationships.get(relationship.getId());
		assertThat(ended.getStatus()).isEqualTo(RelationshipStatus.ENDED);
		assertThat(ended.getEndReason()).isEqualTo("Sourcing decision: RE_TENDER");
		assertThat(ended.getEndedOn()).isEqualTo(clock.today());
	}

	@Test
	void reTenderingEndsTheRelationshipDirectlyWhenNoLifecycleIsRunning() {
		// given a relationship without a lifecycle
		Relationship relationship = measuredRelationship();
		assertThat(lifecycleOf(relationship)).isNull();
		ProcessInstance pi = startDecision(relationship);

		// when
		complete(task("Task_DecideSourcing", pi), Map.of("sourcingOption", "RE_TENDER", "rationale",
				"Contract runs out", "noticePeriodDays", 0L));
		execute(job("Event_NoticePeriodEnds", pi));
		execute(job("Task_EndRelationship", pi));

		// then
		assertThat(pi).hasPassed("Task_EndRelationship", "End_RelationshipEnded").isEnded();
		Relationship ended = relationships.get(relationship.getId());
		assertThat(ended.getStatus()).isEqualTo(RelationshipStatus.ENDED);
		assertThat(ended.getEndReason()).isEqualTo("Sourcing decision: RE_TENDER");
		AuditEvent endedEvent = fixtures.event(relationship, "RELATIONSHIP_ENDED");
		assertThat(endedEvent.getActor()).isEqualTo("system");
		assertThat(endedEvent.getDetail()).isEqualTo("Sourcing decision: RE_TENDER");
	}

	@Test
	void theSourcingBoardIsRemindedOfAnOpenDecision() {
		// given
		Relationship relationship = measuredRelationship();
		ProcessInstance pi = startDecision(relationship);
		Task decide = task("Task_DecideSourcing", pi);

		// when the reminder falls due
		execute(job("Event_DecisionReminder", pi));

		// then
		assertThat(pi).hasPassedInOrder("Event_DecisionReminder", "Task_RemindSourcingBoard", "End_SourcingReminderSent")
				.isWaitingAt("Task_DecideSourcing");
		List<Notification> reminders = notifications.forRelationship(relationship.getId()).stream()
				.filter(n -> n.getKind().equals("REMINDER")).toList();
		assertThat(reminders).singleElement().satisfies(n -> {
			assertThat(n.getRecipientGroup()).isEqualTo(Roles.SOURCING_BOARD);
			assertThat(n.getRecipientUser()).isNull();
			assertThat(n.getSubject()).isEqualTo("Reminder: Decide sourcing");
			assertThat(n.getDedupKey()).isEqualTo("reminder:" + decide.getId());
		});
	}

	/** A relationship started four months ago, expected at level 2, delivering level 1, its needs measured. */
	private Relationship measuredRelationship() {
		return fixtures.measuredRelationship(fixtures.firstOfMonthsAgo(4), 2, 1, 0);
	}

	private ProcessInstance startDecision(Relationship relationship) {
		return runtimeService.startProcessInstanceByKey(Processes.SOURCING_DECISION, relationship.getId().toString(),
				Map.of("relationshipId", relationship.getId()));
	}

	/** Runs the relationship's lifecycle through outcomes, measures and agreement into its review cycles. */
	private ProcessInstance runLifecycleIntoReviewCycles(Relationship relationship) {
		ProcessInstance pi = lifecycle.start(relationship);
		Actors.runAs(CycleFixtures.MANAGER, () -> taskService.complete(task("Task_SetExpectedOutcomes", pi).getId(),
				Map.of("expectedLevel", 2L, "currentLevel", 2L, "rampUpMonths", 0L)));
		Actors.runAs(CycleFixtures.MANAGER,
				() -> taskService.complete(task("Task_DefineSuccessMeasures", pi).getId(), Map.of()));
		Actors.runAs(fixtures.providerUser(relationship),
				() -> taskService.complete(task("Task_AgreeMeasures", pi).getId(), Map.of("measuresAccepted", true)));
		assertThat(pi).isWaitingAt("Event_PeriodEnds");
		assertThat(relationships.get(relationship.getId()).getStatus()).isEqualTo(RelationshipStatus.ACTIVE);
		return pi;
	}

	private void complete(Task task, Map<String, Object> variables) {
		fixtures.complete(BOARD_MEMBER, task, variables);
	}

	private ProcessInstance lifecycleOf(Relationship relationship) {
		return runtimeService.createProcessInstanceQuery().processDefinitionKey(Processes.LIFECYCLE)
				.processInstanceBusinessKey(relationship.getId().toString()).singleResult();
	}

	private SourcingDecision onlyDecision(Relationship relationship) {
		List<SourcingDecision> decisions = sourcing.decisionsOf(relationship.getId());
		assertThat(decisions).hasSize(1);
		return decisions.get(0);
	}

	private Date date(LocalDate day) {
		return clock.startOf(day);
	}
}
