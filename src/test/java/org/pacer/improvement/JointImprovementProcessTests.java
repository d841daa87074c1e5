package org.pacer.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.audit.AuditEvent;
import org.pacer.identity.Actors;
import org.pacer.process.Processes;
import org.pacer.process.RejectedInput;
import org.pacer.relationship.Relationship;
import org.pacer.review.PerformanceReview;
import org.pacer.review.ReviewService;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The joint-improvement process, started directly the way the review's call activity starts it: plan, review of
 * the plan, one tracked action per open action for its owner, and the maturity assessment that closes it.
 */
@ProcessTest
class JointImprovementProcessTests {

	private static final String MANAGER = CycleFixtures.MANAGER;

	@Autowired
	private RuntimeService runtimeService;

	@Autowired
	private TaskService taskService;

	@Autowired
	private ReviewService reviewService;

	@Autowired
	private ImprovementService improvementService;

	@Autowired
	private ImprovementPlanRepository plans;

	@Autowired
	private ImprovementActionRepository actions;

	@Autowired
	private MaturityAssessmentRepository maturityAssessments;

	@Autowired
	private PacerClock clock;

	@Autowired
	private CycleFixtures fixtures;

	private LocalDate periodStart;

	private Relationship relationship;

	private String provider;

	@BeforeEach
	void relationshipFromThreeMonthsAgo() {
		periodStart = fixtures.firstOfMonthsAgo(3);
		relationship = fixtures.relationship(periodStart);
		provider = fixtures.providerUser(relationship);
	}

	@Test
	void opensAnEmptyPlanForTheProvider() {
		// when
		ProcessInstance improvement = startImprovement();

		// then
		assertThat(improvement).hasPassed("Task_OpenImprovementPlan").isWaitingAt("Task_SubmitImprovementPlan");
		assertThat(task("Task_SubmitImprovementPlan", improvement)).hasCandidateGroup(fixtures.providerGroup(relationship)).isNotAssigned();
		ImprovementPlan plan = plans.findById(planId(improvement)).orElseThrow();
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.getRelationshipId()).isEqualTo(relationship.getId());
		assertThat(plan.getReviewId()).isEqualTo(reviewOf().getId());
		assertThat(fixtures.auditOf(relationship)).extracting(AuditEvent::getAction).contains("PLAN_OPENED");
	}

	@Test
	void refusesAPlanWithoutActions() {
		// given
		ProcessInstance improvement = startImprovement();
		long planId = planId(improvement);
		Actors.runAs(provider, () -> improvementService.describe(planId, "Nothing to do", 3));
		String taskId = claim(task("Task_SubmitImprovementPlan", improvement), provider);

		// when
		RejectedInput rejected = Actors.runAs(provider, () -> CycleFixtures.catchRejected(() -> taskService.complete(taskId)));

		// then
		assertThat(rejected.fieldErrors()).containsKey("actions").doesNotContainKey("targetMaturity");
		assertThat(improvement).isWaitingAt("Task_SubmitImprovementPlan");
		ImprovementPlan plan = plans.findById(planId).orElseThrow();
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.getSubmittedBy()).isNull();
		assertThat(fixtures.auditOf(relationship)).extracting(AuditEvent::getAction).doesNotContain("PLAN_SUBMITTED");
	}

	@Test
	void sendsASubmittedPlanToTheManager() {
		// given
		ProcessInstance improvement = startImprovement();
		long planId = planId(improvement);
		draftPlan(planId);

		// when
		submitPlan(improvement);

		// then
		assertThat(improvement).isWaitingAt("Task_ReviewImprovementPlan");
		assertThat(task("Task_ReviewImprovementPlan", improvement)).isAssignedTo(MANAGER);
		ImprovementPlan plan = plans.findById(planId).orElseThrow();
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
		assertThat(plan.getSubmittedBy()).isEqualTo(provider);
		assertThat(plan.getTargetMaturity()).isEqualTo(3);
		assertThat(fixtures.auditOf(relationship)).filteredOn(e -> e.getAction().equals("PLAN_SUBMITTED"))
				.extracting(AuditEvent::getActor).containsExactly(provider);
	}

	@Test
	void remindsTheProviderWhenThePlanIsNotSubmittedWithinAWeek() {
		// given
		ProcessInstance improvement = startImprovement();
		String taskId = task("Task_SubmitImprovementPlan", improvement).getId();

		// when
		execute(job("Event_PlanReminder", improvement));

		// then
		assertThat(improvement).hasPassed("Task_RemindPlanSubmission", "End_PlanReminderSent")
				.isWaitingAt("Task_SubmitImprovementPlan");
		assertThat(task("Task_SubmitImprovementPlan", improvement).getId()).isEqualTo(taskId);
		assertThat(fixtures.notificationsOf(relationship, "REMINDER")).singleElement().satisfies(n -> {
			assertThat(n.getRecipientGroup()).isEqualTo(fixtures.providerGroup(relationship));
			assertThat(n.getDedupKey()).isEqualTo("reminder:" + taskId);
			assertThat(n.getSubject()).isEqualTo("Reminder: Submit improvement plan");
		});
		assertThat(plans.findById(planId(improvement)).orElseThrow().getStatus()).isEqualTo(PlanStatus.DRAFT);
	}

	@Test
	void refusesAChangeRequestWithoutComments() {
		// given
		ProcessInstance improvement = startImprovement();
		long planId = planId(improvement);
		draftPlan(planId);
		submitPlan(improvement);
		String taskId = task("Task_ReviewImprovementPlan", improvement).getId();

		// when
		RejectedInput rejected = Actors.runAs(MANAGER, () -> CycleFixtures.catchRejected(() -> taskService.complete(taskId,
				withVariables("planApproved", false, "changeComments", " "))));

		// then
		assertThat(rejected.fieldErrors()).containsKey("changeComments");
		assertThat(improvement).isWaitingAt("Task_ReviewImprovementPlan").hasNotPassed("Gateway_PlanApproved");
		ImprovementPlan plan = plans.findById(planId).orElseThrow();
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
		assertThat(plan.getDecidedBy()).isNull();
	}

	@Test
	void opensOneActionTaskPerOpenActionForItsOwnerOnceTheRevisedPlanIsApproved() {
		// given
		ProcessInstance improvement = startImprovement();
		long planId = planId(improvement);
		List<ImprovementAction> drafted = draftPlan(planId);
		submitPlan(improvement);

		// when: the manager asks for changes
		reviewPlan(improvement, false, "Add a date for the capacity review");

		// then
		assertThat(improvement).hasPassed("Gateway_PlanApproved").isWaitingAt("Task_SubmitImprovementPlan");
		ImprovementPlan returned = plans.findById(planId).orElseThrow();
		assertThat(returned.getStatus()).isEqualTo(PlanStatus.CHANGES_REQUESTED);
		assertThat(returned.getReviewComments()).isEqualTo("Add a date for the capacity review");
		assertThat(returned.getDecidedBy()).isEqualTo(MANAGER);

		// when: the provider resubmits and the manager approves
		Actors.runAs(provider, () -> improvementService.describe(planId, "Stabilise the service by June", 3));
		submitPlan(improvement);
		reviewPlan(improvement, true, null);

		// then
		assertThat(improvement).isWaitingAt("Task_CompleteAction");
		assertThat(plans.findById(planId).orElseThrow().getStatus()).isEqualTo(PlanStatus.APPROVED);
		List<Task> actionTasks = actionTasks(improvement);
		assertThat(actionTasks).extracting(t -> taskService.getVariable(t.getId(), "actionId"), Task::getAssignee)
				.containsExactlyInAnyOrder(tuple(drafted.get(0).getId(), provider), tuple(drafted.get(1).getId(), MANAGER));
		assertThat(actionTasks).extracting(t -> t.getDueDate().toInstant())
				.containsOnly(clock.startOf(clock.today().plusDays(15)).toInstant());
		assertThat(fixtures.historyOf(improvement, "Task_SubmitImprovementPlan")).isEqualTo(2);
		assertThat(fixtures.auditOf(relationship)).extracting(AuditEvent::getAction).contains("PLAN_CHANGES_REQUESTED", "PLAN_APPROVED");
	}

	@Test
	void asksTheManagerToChaseAnOverdueAction() {
		// given
		ProcessInstance improvement = approvedImprovement();
		Task providerTask = actionTaskOf(improvement, provider);
		Job overdue = jobQuery().processInstanceId(improvement.getId()).activityId("Event_ActionOverdue")
				.executionId(providerTask.getExecutionId()).singleResult();

		// when
		execute(overdue);

		// then
		assertThat(improvement).isWaitingAt("Task_CompleteAction", "Task_ChaseOverdueAction");
		Task chase = task("Task_ChaseOverdueAction", improvement);
		assertThat(chase).isAssignedTo(MANAGER);
		assertThat(taskService.getVariable(chase.getId(), "actionId"))
				.isEqualTo(taskService.getVariable(providerTask.getId(), "actionId"));

		// when
		Actors.runAs(MANAGER, () -> taskService.complete(chase.getId(),
				withVariables("chaseNote", "Called the provider's account lead")));

		// then
		assertThat(improvement).hasPassed("End_OverdueChased").isWaitingAt("Task_CompleteAction")
				.hasNotPassed("Task_AssessMaturity");
		assertThat(actionTasks(improvement)).hasSize(2).extracting(Task::getId).contains(providerTask.getId());
		assertThat(actions.findById((Long) taskService.getVariable(providerTask.getId(), "actionId")).orElseThrow()
				.getStatus()).isEqualTo(ActionStatus.OPEN);
		assertThat(fixtures.auditOf(relationship)).filteredOn(e -> e.getAction().equals("ACTION_CHASED")).singleElement()
				.satisfies(e -> assertThat(e.getDetail()).contains("Called the provider's account lead"));
	}

	@Test
	void closesWithAMaturityAssessmentOnceEveryActionIsDone() {
		// given
		ProcessInstance improvement = approvedImprovement();
		long planId = planId(improvement);

		// when: both sides finish their actions
		completeAction(improvement, provider, "Monitoring live");
		assertThat(improvement).isWaitingAt("Task_CompleteAction").hasNotPassed("Task_AssessMaturity");
		completeAction(improvement, MANAGER, "Capacity reviewed with the provider");

		// then
		assertThat(improvement).hasPassed("End_ActionDone").isWaitingAt("Task_AssessMaturity");
		assertThat(task("Task_AssessMaturity", improvement)).isAssignedTo(MANAGER);
		assertThat(actions.findByPlanIdOrderByDueDateAscIdAsc(planId))
				.extracting(ImprovementAction::getStatus, ImprovementAction::getCompletedBy)
				.containsExactlyInAnyOrder(tuple(ActionStatus.DONE, provider), tuple(ActionStatus.DONE, MANAGER));

		// when
		Actors.runAs(MANAGER, () -> taskService.complete(task("Task_AssessMaturity", improvement).getId(),
				withVariables("maturityLevel", 3L, "evidence", "Incidents are now detected before users call")));

		// then
		assertThat(improvement).hasPassed("End_ImprovementDone").isEnded();
		assertThat(plans.findById(planId).orElseThrow().getStatus()).isEqualTo(PlanStatus.DONE);
		assertThat(maturityAssessments.findByRelationshipIdOrderByAssessedOnAscIdAsc(relationship.getId()))
				.singleElement().satisfies(a -> {
					assertThat(a.getPlanId()).isEqualTo(planId);
					assertThat(a.getLevel()).isEqualTo(3);
					assertThat(a.getEvidence()).isEqualTo("Incidents are now detected before users call");
					assertThat(a.getAssessor()).isEqualTo(MANAGER);
					assertThat(a.getAssessedOn()).isEqualTo(clock.today());
				});
		assertThat(fixtures.auditOf(relationship)).extracting(AuditEvent::getAction).contains("ACTION_DONE", "MATURITY_ASSESSED");
	}

	private ProcessInstance startImprovement() {
		PerformanceReview review = reviewService.open(relationship.getId(), periodStart, null);
		return runtimeService.startProcessInstanceByKey(Processes.JOINT_IMPROVEMENT,
				Processes.reviewKey(relationship.getId(), periodStart),
				Map.of("relationshipId", relationship.getId(), "reviewId", review.getId()));
	}

	/** A plan with one action for each side, both due in two weeks. */
	private List<ImprovementAction> draftPlan(long planId) {
		LocalDate due = clock.today().plusDays(14);
		return Actors.runAs(provider, () -> {
			improvementService.describe(planId, "Stabilise the service", 3);
			return List.of(
					improvementService.addAction(planId,
							new ActionDraft("Add monitoring", OwnerSide.PROVIDER, provider, due, null), provider),
					improvementService.addAction(planId,
							new ActionDraft("Review capacity with the provider", OwnerSide.CLIENT, MANAGER, due, null),
							provider));
		});
	}

	private ProcessInstance approvedImprovement() {
		ProcessInstance improvement = startImprovement();
		draftPlan(planId(improvement));
		submitPlan(improvement);
		reviewPlan(improvement, true, null);
		assertThat(actionTasks(improvement)).hasSize(2);
		return improvement;
	}

	private void submitPlan(ProcessInstance improvement) {
		Actors.runAs(provider, () -> {
			String taskId = claim(task("Task_SubmitImprovementPlan", improvement), provider);
			taskService.complete(taskId);
		});
	}

	private void reviewPlan(ProcessInstance improvement, boolean approved, String comments) {
		Map<String, Object> variables = withVariables("planApproved", approved);
		if (comments != null) {
			variables.put("changeComments", comments);
		}
		Actors.runAs(MANAGER,
				() -> taskService.complete(task("Task_ReviewImprovementPlan", improvement).getId(), variables));
	}

	private void completeAction(ProcessInstance improvement, String owner, String note) {
		Actors.runAs(owner, () -> taskService.complete(actionTaskOf(improvement, owner).getId(),
				withVariables("completionNote", note)));
	}

	private List<Task> actionTasks(ProcessInstance improvement) {
		return taskService.createTaskQuery().processInstanceId(improvement.getId())
				.taskDefinitionKey("Task_CompleteAction").list();
	}

	private Task actionTaskOf(ProcessInstance improvement, String owner) {
		return taskService.createTaskQuery().processInstanceId(improvement.getId())
				.taskDefinitionKey("Task_CompleteAction").taskAssignee(owner).singleResult();
	}

	private String claim(Task task, String user) {
		taskService.claim(task.getId(), user);
		return task.getId();
	}

	private long planId(ProcessInstance improvement) {
		return (Long) runtimeService.getVariable(improvement.getId(), "planId");
	}

	private PerformanceReview reviewOf() {
		return reviewService.reviewsOf(relationship.getId()).get(0);
	}




}
