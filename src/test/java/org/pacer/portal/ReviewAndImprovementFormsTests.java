package org.pacer.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.identity.Actors;
import org.pacer.improvement.ActionDraft;
import org.pacer.improvement.ActionStatus;
import org.pacer.improvement.ImprovementAction;
import org.pacer.improvement.ImprovementPlan;
import org.pacer.improvement.ImprovementService;
import org.pacer.improvement.OwnerSide;
import org.pacer.improvement.PlanStatus;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.process.Processes;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipService;
import org.pacer.review.PerformanceReview;
import org.pacer.review.ReviewService;
import org.pacer.review.ReviewStatus;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The portal forms of the review and improvement tasks against the whole application: each page renders what the
 * task needs, a valid answer completes the task and is saved, a refused one comes back with 400 and the message next
 * to its field, and a user of another provider finds none of them.
 */
@ProcessTest
@AutoConfigureMockMvc
class ReviewAndImprovementFormsTests {

	private static final String MANAGER = CycleFixtures.MANAGER;

	private static final double GREEN = 100;

	private static final double RED = 80;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TaskService taskService;

	@Autowired
	private RuntimeService runtimeService;

	@Autowired
	private ManagementService managementService;

	@Autowired
	private HistoryService historyService;

	@Autowired
	private ReviewService reviewService;

	@Autowired
	private ImprovementService improvementService;

	@Autowired
	private RelationshipService relationshipService;

	@Autowired
	private MeasureService measureService;

	@Autowired
	private PacerClock clock;

	@Autowired
	private CycleFixtures fixtures;

	private LocalDate periodStart;

	@BeforeEach
	void setUp() {
		periodStart = clock.today().withDayOfMonth(1).minusMonths(3);
	}

	// --- Review performance ---

	@Test
	void reviewPerformanceShowsScorecardTrendsAndRecommendation() throws Exception {
		// given: a second period of ramp-up, with a glide path, ending RED
		Relationship relationship = fixtures.measuredRelationship(periodStart.minusMonths(1), 1, 0, 6);
		relationshipService.startRampUp(relationship.getId());
		measureService.planGlidePath(relationship.getId());
		fixtures.submitAll(relationship.getId(), periodStart.minusMonths(1), 85);
		String taskId = task(reviewWith(relationship, RED), "Task_ReviewPerformance").getId();

		// when
		String html = page(get("/tasks/" + taskId), MANAGER, 200);

		// then
		assertThat(html).contains("id=\"scorecard\"", "Service availability", "rating rating-RED", "(glide path)",
				"One or more measures are RED", "Missed", "/dist/chart.umd");
		assertThat(html).contains("\"periods\":[\"" + relationship.periodLabel(periodStart.minusMonths(1)) + "\",\""
				+ relationship.periodLabel(periodStart) + "\"]");
		assertThat(html).containsPattern("\"results\":\\[85(\\.0+)?,80(\\.0+)?\\]").containsPattern("\"glidePath\":\\[9\\d");
		assertThat(html).containsPattern("name=\"improvementNeeded\" value=\"true\" checked")
				.containsPattern("id=\"override\"[^>]*hidden");
		assertHiddenFromOtherProviders(taskId);
	}

	@Test
	void reviewPerformanceSendsTheAssessmentToTheProvider() throws Exception {
		// given
		Relationship relationship = fixtures.measuredRelationship(periodStart, 1, 1, 0);
		ProcessInstance review = reviewWith(relationship, GREEN);
		String taskId = task(review, "Task_ReviewPerformance").getId();

		// when
		page(post("/tasks/" + taskId).param("assessment", "A steady quarter").param("improvementNeeded", "false")
				.param("overrideReason", ""), MANAGER, 302);

		// then
		assertThat(task(review, "Task_AcknowledgeReview")).isNotNull();
		PerformanceReview stored = reviewOf(relationship);
		assertThat(stored.getStatus()).isEqualTo(ReviewStatus.AWAITING_ACKNOWLEDGEMENT);
		assertThat(stored.getAssessment()).isEqualTo("A steady quarter");
		assertThat(stored.getImprovementNeeded()).isFalse();
		assertThat(stored.getReviewedBy()).isEqualTo(MANAGER);
	}

	@Test
	void reviewPerformanceRefusesAnOverrideWithoutReason() throws Exception {
		// given
		Relationship relationship = fixtures.measuredRelationship(periodStart, 1, 1, 0);
		ProcessInstance review = reviewWith(relationship, GREEN);
		String taskId = task(review, "Task_ReviewPerformance").getId();

		// when
		String html = page(post("/tasks/" + taskId).param("assessment", "Worrying signs behind the figures")
				.param("improvementNeeded", "true").param("overrideReason", " "), MANAGER, 400);

		// then
		assertErrorNextTo(html, "overrideReason", "Say why you go beyond the recommendation");
		assertThat(html).contains(">Worrying signs behind the figures</textarea>")
				.containsPattern("name=\"improvementNeeded\" value=\"true\" checked")
				.doesNotContainPattern("id=\"override\"[^>]*hidden");
		assertThat(task(review, "Task_ReviewPerformance").getId()).isEqualTo(taskId);
		assertThat(reviewOf(relationship).getStatus()).isEqualTo(ReviewStatus.IN_REVIEW);
		assertThat(reviewOf(relationship).getAssessment()).isNull();
	}

	// --- Acknowledge review ---

	@Test
	void acknowledgeReviewShowsTheAssessmentAndPublishesWhenAccepted() throws Exception {
		// given
		Relationship relationship = fixtures.measuredRelationship(periodStart, 1, 1, 0);
		ProcessInstance review = assessed(relationship);
		String provider = fixtures.providerUser(relationship);
		String taskId = task(review, "Task_AcknowledgeReview").getId();

		// when
		String html = page(get("/tasks/" + taskId), provider, 200);

		// then
		assertThat(html).contains("A steady quarter", "id=\"scorecard\"", "rating rating-GREEN",
				"A first dispute sends the review back to the manager, once");
		assertHiddenFromOtherProviders(taskId);

		// when
		page(post("/tasks/" + taskId).param("reviewAccepted", "true").param("disputeReason", ""), provider, 302);

		// then
		assertThat(managementService.createJobQuery().processInstanceId(review.getId()).activityId("Task_PublishReview")
				.count()).isOne();
		PerformanceReview stored = reviewOf(relationship);
		assertThat(stored.getAcknowledgedBy()).isEqualTo(provider);
		assertThat(stored.getDisputeReason()).isNull();
	}

	@Test
	void acknowledgeReviewRefusesADisputeWithoutReason() throws Exception {
		// given
		Relationship relationship = fixtures.measuredRelationship(periodStart, 1, 1, 0);
		ProcessInstance review = assessed(relationship);
		String taskId = task(review, "Task_AcknowledgeReview").getId();

		// when
		String html = page(post("/tasks/" + taskId).param("reviewAccepted", "false").param("disputeReason", ""),
				fixtures.providerUser(relationship), 400);

		// then
		assertErrorNextTo(html, "disputeReason", "Say what you dispute, so the manager can look again");
		assertThat(html).containsPattern("name=\"reviewAccepted\" value=\"false\" checked");
		assertThat(task(review, "Task_AcknowledgeReview").getId()).isEqualTo(taskId);
		assertThat(reviewOf(relationship).isReopened()).isFalse();
	}

	@Test
	void aFirstDisputeReopensTheReviewWithTheReasonForTheManager() throws Exception {
		// given
		Relationship relationship = fixtures.measuredRelationship(periodStart, 1, 1, 0);
		ProcessInstance review = assessed(relationship);
		String taskId = task(review, "Task_AcknowledgeReview").getId();

		// when
		page(post("/tasks/" + taskId).param("reviewAccepted", "false")
				.param("disputeReason", "The outage on the 3rd was the client's network"), fixtures.providerUser(relationship), 302);

		// then
		assertThat(reviewOf(relationship).isReopened()).isTrue();
		String reopened = task(review, "Task_ReviewPerformance").getId();
		String html = page(get("/tasks/" + reopened), MANAGER, 200);
		assertThat(html).contains("id=\"dispute\"", "The outage on the 3rd was the client's network",
				">A steady quarter</textarea>");
	}

	// --- Submit improvement plan and its action rows ---

	@Test
	void submitPlanOffersMaturityLevelsOwnersOfBothSidesAndMeasures() throws Exception {
		// given
		Relationship relationship = fixtures.relationship(periodStart);
		List<SuccessMeasure> measures = fixtures.coverNeeds(relationship.getId(), 1);
		ProcessInstance improvement = startImprovement(relationship);
		String taskId = task(improvement, "Task_SubmitImprovementPlan").getId();

		// when
		String html = page(get("/tasks/" + taskId), fixtures.providerUser(relationship), 200);

		// then
		assertThat(html).contains("1 · Initial", "3 · Defined", "5 · Optimizing", "No actions yet.",
				"value=\"" + fixtures.providerUser(relationship) + "\"", "value=\"" + MANAGER + "\"",
				"value=\"" + measures.get(0).getId() + "\"");
		assertHiddenFromOtherProviders(taskId);
	}

	@Test
	void addsAndRemovesActionRowsInPlace() throws Exception {
		// given
		Relationship relationship = fixtures.relationship(periodStart);
		SuccessMeasure measure = fixtures.coverNeeds(relationship.getId(), 1).get(0);
		ProcessInstance improvement = startImprovement(relationship);
		String provider = fixtures.providerUser(relationship);
		String taskId = task(improvement, "Task_SubmitImprovementPlan").getId();
		long planId = planId(improvement);

		// when
		String added = page(post("/tasks/" + taskId + "/actions").header("HX-Request", "true")
				.param("description", "Add monitoring").param("ownerSide", "PROVIDER").param("ownerUser", provider)
				.param("dueDate", clock.today().plusDays(14).toString()).param("measureId", measure.getId().toString()),
				provider, 200);

		// then
		ImprovementAction action = improvementService.actionsOf(planId).get(0);
		assertThat(action.getDescription()).isEqualTo("Add monitoring");
		assertThat(action.getOwnerUser()).isEqualTo(provider);
		assertThat(action.getMeasureId()).isEqualTo(measure.getId());
		assertThat(added).startsWith("<section class=\"card\" id=\"plan-actions\"")
				.contains("data-action=\"" + action.getId() + "\"", measure.getName());

		// when
		String removed = page(delete("/tasks/" + taskId + "/actions/" + action.getId()).header("HX-Request", "true"),
				provider, 200);

		// then
		assertThat(improvementService.actionsOf(planId)).isEmpty();
		assertThat(removed).contains("No actions yet.").doesNotContain("data-action=");
	}

	@Test
	void refusesAnActionRowDueInThePastWithTheErrorBesideTheDate() throws Exception {
		// given
		Relationship relationship = fixtures.relationship(periodStart);
		ProcessInstance improvement = startImprovement(relationship);
		String provider = fixtures.providerUser(relationship);
		String taskId = task(improvement, "Task_SubmitImprovementPlan").getId();

		// when
		String html = page(post("/tasks/" + taskId + "/actions").header("HX-Request", "true")
				.param("description", "Review capacity").param("ownerSide", "CLIENT").param("ownerUser", MANAGER)
				.param("dueDate", clock.today().minusDays(1).toString()).param("measureId", ""), provider, 400);

		// then
		assertErrorNextTo(html, "dueDate", "The due date cannot be in the past");
		assertThat(html).contains("value=\"Review capacity\"")
				.containsPattern("value=\"" + MANAGER + "\" selected");
		assertThat(improvementService.actionsOf(planId(improvement))).isEmpty();
	}

	@Test
	void actionRowsOfAnotherPlanOrProviderAreNotFound() throws Exception {
		// given
		Relationship relationship = fixtures.relationship(periodStart);
		ProcessInstance improvement = startImprovement(relationship);
		String provider = fixtures.providerUser(relationship);
		String taskId = task(improvement, "Task_SubmitImprovementPlan").getId();
		Relationship other = fixtures.relationship(periodStart);
		ProcessInstance otherImprovement = startImprovement(other);
		ImprovementAction foreign = addAction(planId(otherImprovement), fixtures.providerUser(other), OwnerSide.PROVIDER);
		ImprovementAction own = addAction(planId(improvement), provider, OwnerSide.PROVIDER);

		// when / then: another plan's action through this task
		page(delete("/tasks/" + taskId + "/actions/" + foreign.getId()), provider, 404);
		assertThat(improvementService.actionsOf(planId(otherImprovement))).hasSize(1);

		// when / then: another provider's user on this task's rows
		String stranger = fixtures.providerUser(other);
		page(delete("/tasks/" + taskId + "/actions/" + own.getId()), stranger, 404);
		page(post("/tasks/" + taskId + "/actions").param("description", "Sneak in").param("ownerSide", "PROVIDER")
				.param("ownerUser", stranger).param("dueDate", clock.today().plusDays(3).toString()), stranger, 404);
		assertThat(improvementService.actionsOf(planId(improvement))).extracting(ImprovementAction::getId)
				.containsExactly(own.getId());
	}

	@Test
	void refusesAPlanWithoutActionsButKeepsItsSummary() throws Exception {
		// given
		Relationship relationship = fixtures.relationship(periodStart);
		ProcessInstance improvement = startImprovement(relationship);
		String taskId = task(improvement, "Task_SubmitImprovementPlan").getId();

		// when
		String html = page(post("/tasks/" + taskId).param("summary", "Stabilise the service by June")
				.param("targetMaturity", "3"), fixtures.providerUser(relationship), 400);

		// then
		assertThat(html).contains("data-field=\"actions\">Add at least one action before submitting the plan",
				">Stabilise the service by June</textarea>").containsPattern("value=\"3\" selected");
		ImprovementPlan plan = improvementService.plan(planId(improvement));
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.getSummary()).isEqualTo("Stabilise the service by June");
		assertThat(task(improvement, "Task_SubmitImprovementPlan").getId()).isEqualTo(taskId);
	}

	@Test
	void submitsThePlanAndShowsTheManagersCommentsWhenItComesBack() throws Exception {
		// given
		Relationship relationship = fixtures.relationship(periodStart);
		ProcessInstance improvement = startImprovement(relationship);
		String provider = fixtures.providerUser(relationship);
		long planId = planId(improvement);
		addAction(planId, provider, OwnerSide.PROVIDER);

		// when
		page(post("/tasks/" + task(improvement, "Task_SubmitImprovementPlan").getId())
				.param("summary", "Stabilise the service").param("targetMaturity", "3"), provider, 302);

		// then
		ImprovementPlan plan = improvementService.plan(planId);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
		assertThat(plan.getTargetMaturity()).isEqualTo(3);
		assertThat(plan.getSubmittedBy()).isEqualTo(provider);
		String reviewTask = task(improvement, "Task_ReviewImprovementPlan").getId();

		// when: the manager asks for changes through the review form
		String review = page(get("/tasks/" + reviewTask), MANAGER, 200);
		assertHiddenFromOtherProviders(reviewTask);
		page(post("/tasks/" + reviewTask).param("planApproved", "false")
				.param("changeComments", "Add a date for the capacity review"), MANAGER, 302);

		// then
		assertThat(review).contains("Stabilise the service", "Add monitoring", "3 · Defined");
		assertThat(improvementService.plan(planId).getStatus()).isEqualTo(PlanStatus.CHANGES_REQUESTED);
		String html = page(get("/tasks/" + task(improvement, "Task_SubmitImprovementPlan").getId()), provider, 200);
		assertThat(html).contains("id=\"change-comments\"", "Add a date for the capacity review",
				">Stabilise the service</textarea>");
	}

	// --- Review improvement plan ---

	@Test
	void reviewPlanRefusesAChangeRequestWithoutComments() throws Exception {
		// given
		ProcessInstance improvement = submittedImprovement(fixtures.relationship(periodStart));
		String taskId = task(improvement, "Task_ReviewImprovementPlan").getId();

		// when
		String html = page(post("/tasks/" + taskId).param("planApproved", "false").param("changeComments", ""), MANAGER,
				400);

		// then
		assertErrorNextTo(html, "changeComments", "Say which changes you need");
		assertThat(html).containsPattern("name=\"planApproved\" value=\"false\" checked");
		assertThat(improvementService.plan(planId(improvement)).getStatus()).isEqualTo(PlanStatus.SUBMITTED);
	}

	@Test
	void reviewPlanApprovesAndOpensTheActions() throws Exception {
		// given
		ProcessInstance improvement = submittedImprovement(fixtures.relationship(periodStart));

		// when
		page(post("/tasks/" + task(improvement, "Task_ReviewImprovementPlan").getId()).param("planApproved", "true")
				.param("changeComments", ""), MANAGER, 302);

		// then
		assertThat(improvementService.plan(planId(improvement)).getStatus()).isEqualTo(PlanStatus.APPROVED);
		assertThat(actionTasks(improvement)).hasSize(2);
	}

	// --- Complete action ---

	@Test
	void completeActionShowsThePlanAndRecordsTheNote() throws Exception {
		// given
		Relationship relationship = fixtures.relationship(periodStart);
		ProcessInstance improvement = approvedImprovement(relationship);
		String provider = fixtures.providerUser(relationship);
		Task mine = actionTaskOf(improvement, provider);
		long actionId = (Long) taskService.getVariable(mine.getId(), "actionId");

		// when
		String html = page(get("/tasks/" + mine.getId()), provider, 200);

		// then
		assertThat(html).contains("Add monitoring", "Review capacity with the provider", "Stabilise the service");
		assertHiddenFromOtherProviders(mine.getId());

		// when
		page(post("/tasks/" + mine.getId()).param("completionNote", "Monitoring live since Monday"), provider, 302);

		// then
		ImprovementAction done = improvementService.action(actionId);
		assertThat(done.getStatus()).isEqualTo(ActionStatus.DONE);
		assertThat(done.getCompletionNote()).isEqualTo("Monitoring live since Monday");
		assertThat(done.getCompletedBy()).isEqualTo(provider);
		assertThat(actionTasks(improvement)).hasSize(1);
	}

	@Test
	void completeActionRefusesANoteThatIsTooLong() throws Exception {
		// given
		Relationship relationship = fixtures.relationship(periodStart);
		ProcessInstance improvement = approvedImprovement(relationship);
		String provider = fixtures.providerUser(relationship);
		Task mine = actionTaskOf(improvement, provider);
		String note = "Monitoring ".repeat(200);

		// when
		String html = page(post("/tasks/" + mine.getId()).param("completionNote", note), provider, 400);

		// then
		assertErrorNextTo(html, "completionNote", "Keep the note under 2000 characters");
		assertThat(html).contains(">" + note + "</textarea>");
		assertThat(improvementService.action((Long) taskService.getVariable(mine.getId(), "actionId")).getStatus())
				.isEqualTo(ActionStatus.OPEN);
	}

	// --- Chase overdue action ---

	@Test
	void chaseOverdueActionShowsTheOwnerAndKeepsTheNote() throws Exception {
		// given
		Relationship relationship = fixtures.relationship(periodStart);
		ProcessInstance improvement = approvedImprovement(relationship);
		String provider = fixtures.providerUser(relationship);
		Task late = actionTaskOf(improvement, provider);
		managementService.executeJob(managementService.createJobQuery().processInstanceId(improvement.getId())
				.activityId("Event_ActionOverdue").executionId(late.getExecutionId()).singleResult().getId());
		String taskId = task(improvement, "Task_ChaseOverdueAction").getId();
		LocalDate due = improvementService.action((Long) taskService.getVariable(late.getId(), "actionId")).getDueDate();

		// when
		String html = page(get("/tasks/" + taskId), MANAGER, 200);

		// then
		assertThat(html).contains("Add monitoring", "(" + provider + ", provider)",
				due.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)));
		assertHiddenFromOtherProviders(taskId);

		// when
		String refused = page(post("/tasks/" + taskId).param("chaseNote", " "), MANAGER, 400);

		// then
		assertErrorNextTo(refused, "chaseNote", "Say how you chased the owner");

		// when
		page(post("/tasks/" + taskId).param("chaseNote", "Called their account lead"), MANAGER, 302);

		// then
		assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
		assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(improvement.getId())
				.variableName("chaseNote").singleResult().getValue()).isEqualTo("Called their account lead");
		assertThat(actionTaskOf(improvement, provider).getId()).isEqualTo(late.getId());
	}

	// --- Assess maturity ---

	@Test
	void assessMaturityShowsWhatWasDoneAndRecordsTheLevel() throws Exception {
		// given
		Relationship relationship = fixtures.relationship(periodStart);
		ProcessInstance improvement = actionsDone(relationship);
		String taskId = task(improvement, "Task_AssessMaturity").getId();

		// when
		String html = page(get("/tasks/" + taskId), MANAGER, 200);

		// then
		assertThat(html).contains("Monitoring live", "Capacity reviewed", "3 · Defined",
				"This is the first maturity assessment of the relationship.");
		assertHiddenFromOtherProviders(taskId);

		// when
		page(post("/tasks/" + taskId).param("maturityLevel", "3")
				.param("evidence", "Incidents are now detected before users call"), MANAGER, 302);

		// then
		assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(improvement.getId())
				.singleResult().getEndTime()).isNotNull();
		assertThat(improvementService.maturityOf(relationship.getId())).singleElement().satisfies(m -> {
			assertThat(m.getLevel()).isEqualTo(3);
			assertThat(m.getEvidence()).isEqualTo("Incidents are now detected before users call");
			assertThat(m.getAssessor()).isEqualTo(MANAGER);
		});
		assertThat(improvementService.plan(planIdOf(relationship)).getStatus()).isEqualTo(PlanStatus.DONE);
	}

	@Test
	void assessMaturityRefusesALevelWithoutEvidence() throws Exception {
		// given
		Relationship relationship = fixtures.relationship(periodStart);
		ProcessInstance improvement = actionsDone(relationship);
		String taskId = task(improvement, "Task_AssessMaturity").getId();

		// when
		String html = page(post("/tasks/" + taskId).param("maturityLevel", "3").param("evidence", ""), MANAGER, 400);

		// then
		assertErrorNextTo(html, "evidence", "Give the evidence for the level");
		assertThat(html).containsPattern("value=\"3\" selected");
		assertThat(improvementService.maturityOf(relationship.getId())).isEmpty();
		assertThat(task(improvement, "Task_AssessMaturity").getId()).isEqualTo(taskId);
	}

	// --- helpers ---

	/**
	 * Asserts the page shows the message in the error of the field, and that the error sits beside the field: the
	 * nearest form control before or after it is the field's own.
	 */
	static void assertErrorNextTo(String html, String field, String message) {
		int error = html.indexOf("data-field=\"" + field + "\"");
		assertThat(error).as("error shown for " + field).isPositive();
		assertThat(html.substring(error, html.indexOf("</div>", error))).contains(message);
		Matcher control = Pattern.compile("<(input|textarea|select)\\b[^>]*\\bname=\"([^\"]+)\"").matcher(html);
		String before = null;
		String after = null;
		while (control.find()) {
			if (control.start() < error) {
				before = control.group(2);
			}
			else {
				after = control.group(2);
				break;
			}
		}
		assertThat(field).as("the field beside the error of " + field).isIn(before, after);
	}

	private String page(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
		return page(mvc, fixtures.signedIn(user), request, status);
	}

	/**
	 * Performs the request as the signed-in user and expects the status; a completion must lead back to the inbox.
	 * Answers the page with HTML entities decoded.
	 */
	static String page(MockMvc mvc, Authentication user, MockHttpServletRequestBuilder request, int status)
			throws Exception {
		MvcResult result = mvc.perform(request.with(authentication(user)).with(csrf())).andExpect(status().is(status))
				.andReturn();
		if (status == 302) {
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/tasks");
		}
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** A user of another provider neither sees the task nor can complete it. */
	private void assertHiddenFromOtherProviders(String taskId) throws Exception {
		String stranger = fixtures.providerUser(fixtures.relationship(periodStart));
		page(get("/tasks/" + taskId), stranger, 404);
		page(post("/tasks/" + taskId).param("reviewAccepted", "true"), stranger, 404);
		assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
	}

	private ProcessInstance reviewWith(Relationship relationship, double value) {
		fixtures.submitAll(relationship.getId(), periodStart, value);
		return fixtures.startReview(relationship, periodStart);
	}

	/** A GREEN review the manager assessed as "A steady quarter", waiting for the provider. */
	private ProcessInstance assessed(Relationship relationship) {
		ProcessInstance review = reviewWith(relationship, GREEN);
		Actors.runAs(MANAGER, () -> taskService.complete(task(review, "Task_ReviewPerformance").getId(),
				Map.of("assessment", "A steady quarter", "improvementNeeded", false)));
		return review;
	}

	private ProcessInstance startImprovement(Relationship relationship) {
		PerformanceReview review = reviewService.open(relationship.getId(), periodStart, null);
		return runtimeService.startProcessInstanceByKey(Processes.JOINT_IMPROVEMENT,
				Processes.reviewKey(relationship.getId(), periodStart),
				Map.of("relationshipId", relationship.getId(), "reviewId", review.getId()));
	}

	private ImprovementAction addAction(long planId, String owner, OwnerSide side) {
		String description = side == OwnerSide.PROVIDER ? "Add monitoring" : "Review capacity with the provider";
		return Actors.runAs(owner, () -> improvementService.addAction(planId,
				new ActionDraft(description, side, owner, clock.today().plusDays(14), null), owner));
	}

	/** A plan with one action per side, submitted with target maturity 3, waiting for the manager. */
	private ProcessInstance submittedImprovement(Relationship relationship) {
		ProcessInstance improvement = startImprovement(relationship);
		String provider = fixtures.providerUser(relationship);
		long planId = planId(improvement);
		addAction(planId, provider, OwnerSide.PROVIDER);
		addAction(planId, MANAGER, OwnerSide.CLIENT);
		Actors.runAs(provider, () -> {
			improvementService.describe(planId, "Stabilise the service", 3);
			String taskId = task(improvement, "Task_SubmitImprovementPlan").getId();
			taskService.claim(taskId, provider);
			taskService.complete(taskId);
		});
		return improvement;
	}

	private ProcessInstance approvedImprovement(Relationship relationship) {
		ProcessInstance improvement = submittedImprovement(relationship);
		Actors.runAs(MANAGER, () -> taskService.complete(task(improvement, "Task_ReviewImprovementPlan").getId(),
				Map.of("planApproved", true)));
		return improvement;
	}

	private ProcessInstance actionsDone(Relationship relationship) {
		ProcessInstance improvement = approvedImprovement(relationship);
		String provider = fixtures.providerUser(relationship);
		Actors.runAs(provider, () -> taskService.complete(actionTaskOf(improvement, provider).getId(),
				Map.of("completionNote", "Monitoring live")));
		Actors.runAs(MANAGER, () -> taskService.complete(actionTaskOf(improvement, MANAGER).getId(),
				Map.of("completionNote", "Capacity reviewed with the provider")));
		return improvement;
	}

	private Task task(ProcessInstance instance, String key) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
	}

	private List<Task> actionTasks(ProcessInstance improvement) {
		return taskService.createTaskQuery().processInstanceId(improvement.getId())
				.taskDefinitionKey("Task_CompleteAction").list();
	}

	private Task actionTaskOf(ProcessInstance improvement, String owner) {
		return taskService.createTaskQuery().processInstanceId(improvement.getId())
				.taskDefinitionKey("Task_CompleteAction").taskAssignee(owner).singleResult();
	}

	private long planId(ProcessInstance improvement) {
		return (Long) runtimeService.getVariable(improvement.getId(), "planId");
	}

	private long planIdOf(Relationship relationship) {
		return improvementService.plansOf(relationship.getId()).get(0).getId();
	}

	private PerformanceReview reviewOf(Relationship relationship) {
		return reviewService.reviewsOf(relationship.getId()).get(0);
	}
}
