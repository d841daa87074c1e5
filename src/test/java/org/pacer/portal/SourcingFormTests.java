package org.pacer.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacer.portal.ReviewAndImprovementFormsTests.assertErrorNextTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.process.Processes;
import org.pacer.relationship.Relationship;
import org.pacer.review.ReviewService;
import org.pacer.scorecard.ScorecardService;
import org.pacer.sourcing.SourcingDecision;
import org.pacer.sourcing.SourcingOption;
import org.pacer.sourcing.SourcingService;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The sourcing board's form against the whole application: the evidence pack beside the choice, each option's
 * extra field checked by the server, and nobody outside the board (a provider least of all) finding the task.
 */
@ProcessTest
@AutoConfigureMockMvc
class SourcingFormTests {

	private static final String BOARD_MEMBER = CycleFixtures.MANAGER;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private RuntimeService runtimeService;

	@Autowired
	private TaskService taskService;

	@Autowired
	private HistoryService historyService;

	@Autowired
	private ReviewService reviewService;

	@Autowired
	private ScorecardService scorecardService;

	@Autowired
	private SourcingService sourcingService;

	@Autowired
	private PacerClock clock;

	@Autowired
	private CycleFixtures fixtures;

	private LocalDate periodStart;

	private Relationship relationship;

	private ProcessInstance decision;

	private String taskId;

	/** A relationship with two scored periods, the second RED, and its sourcing decision before the board. */
	@BeforeEach
	void setUp() {
		periodStart = clock.today().withDayOfMonth(1).minusMonths(3);
		relationship = fixtures.measuredRelationship(periodStart.minusMonths(1), 1, 1, 0);
		score(periodStart.minusMonths(1), 100);
		score(periodStart, 80);
		decision = runtimeService.startProcessInstanceByKey(Processes.SOURCING_DECISION,
				relationship.getId().toString(),
				Map.of("relationshipId", relationship.getId()));
		taskId = taskService.createTaskQuery().processInstanceId(decision.getId()).taskDefinitionKey("Task_DecideSourcing")
				.singleResult().getId();
	}

	@Test
	void showsTheEvidencePackBesideEveryOption() throws Exception {
		// when
		String html = page(get("/tasks/" + taskId), BOARD_MEMBER, 200);

		// then
		assertThat(html).contains("id=\"evidence\"", "Scheduled sourcing review", "of a limit of",
				relationship.periodLabel(periodStart.minusMonths(1)), relationship.periodLabel(periodStart),
				"/dist/chart.umd", "\"period\":\"" + relationship.periodLabel(periodStart) + "\"");
		for (SourcingOption option : SourcingOption.values()) {
			assertThat(html).contains("value=\"" + option.name() + "\"", option.label());
		}
		assertThat(html).containsPattern("data-option=\"REMEDIATE\"[^>]*hidden")
				.containsPattern("data-option=\"RE_TENDER\"[^>]*hidden");
	}

	@Test
	void nobodyOutsideTheBoardFindsTheTask() throws Exception {
		String ownProvider = fixtures.providerUser(relationship);
		String otherProvider = fixtures.providerUser(fixtures.relationship(periodStart));
		for (String user : new String[] { ownProvider, otherProvider }) {
			page(get("/tasks/" + taskId), user, 404);
			page(post("/tasks/" + taskId).param("sourcingOption", "CONTINUE").param("rationale", "Fine"), user, 404);
		}
		assertThat(sourcing().isPending()).isTrue();
	}

	@Test
	void refusesRemediationWithoutDeadline() throws Exception {
		// when
		String html = page(post("/tasks/" + taskId).param("sourcingOption", "REMEDIATE")
				.param("rationale", "One more chance with a firm date").param("remediationDeadline", "")
				.param("noticePeriodDays", "90"), BOARD_MEMBER, 400);

		// then
		assertErrorNextTo(html, "remediationDeadline", "Remediation needs a deadline in the future");
		assertThat(html).contains(">One more chance with a firm date</textarea>")
				.containsPattern("value=\"REMEDIATE\" checked")
				.doesNotContainPattern("data-option=\"REMEDIATE\"[^>]*hidden");
		assertThat(sourcing().isPending()).isTrue();
	}

	@Test
	void remediationWaitsForItsDeadline() throws Exception {
		// given
		LocalDate deadline = clock.today().plusMonths(2);

		// when: a stale value in the hidden notice field does not get in the way
		page(post("/tasks/" + taskId).param("sourcingOption", "REMEDIATE").param("rationale", "One more chance")
				.param("remediationDeadline", deadline.toString()).param("noticePeriodDays", "not a number"),
				BOARD_MEMBER, 302);

		// then
		SourcingDecision decided = sourcing();
		assertThat(decided.getDecision()).isEqualTo(SourcingOption.REMEDIATE);
		assertThat(decided.getRemediationDeadline()).isEqualTo(deadline);
		assertThat(decided.getNoticePeriodDays()).isNull();
		assertThat(decided.getDecidedBy()).isEqualTo(BOARD_MEMBER);
		assertThat(runtimeService.getActiveActivityIds(decision.getId())).containsExactly("Event_RemediationDeadline");
		assertThat(runtimeService.getVariable(decision.getId(), "remediationDeadline")).isEqualTo(clock.startOf(deadline));
	}

	@Test
	void refusesReTenderWithoutNoticePeriod() throws Exception {
		// when
		String html = page(post("/tasks/" + taskId).param("sourcingOption", "RE_TENDER")
				.param("rationale", "The market offers better").param("noticePeriodDays", ""), BOARD_MEMBER, 400);

		// then
		assertErrorNextTo(html, "noticePeriodDays", "Give the notice period, 0 to 730 days");
		assertThat(html).containsPattern("value=\"RE_TENDER\" checked");
		assertThat(sourcing().isPending()).isTrue();
	}

	@Test
	void refusesADecisionWithoutOption() throws Exception {
		// when
		String html = page(post("/tasks/" + taskId).param("rationale", "Undecided"), BOARD_MEMBER, 400);

		// then
		assertErrorNextTo(html, "sourcingOption", "Choose continue, remediate, bring in-house or re-tender");
		assertThat(html).contains(">Undecided</textarea>");
	}

	@Test
	void continuingEndsTheDecision() throws Exception {
		// when
		page(post("/tasks/" + taskId).param("sourcingOption", "CONTINUE")
				.param("rationale", "The RED period was a one-off"), BOARD_MEMBER, 302);

		// then
		SourcingDecision decided = sourcing();
		assertThat(decided.getDecision()).isEqualTo(SourcingOption.CONTINUE);
		assertThat(decided.getRationale()).isEqualTo("The RED period was a one-off");
		assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(decision.getId())
				.singleResult().getEndActivityId()).isEqualTo("End_Continued");
	}

	private void score(LocalDate period, double value) {
		fixtures.submitAll(relationship.getId(), period, value);
		scorecardService.compute(relationship.getId(), period,
				reviewService.open(relationship.getId(), period, null).getId());
	}

	private SourcingDecision sourcing() {
		return sourcingService.get((Long) historyService.createHistoricVariableInstanceQuery()
				.processInstanceId(decision.getId()).variableName("sourcingDecisionId").singleResult().getValue());
	}

	private String page(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
		return ReviewAndImprovementFormsTests.page(mvc, fixtures.signedIn(user), request, status);
	}
}
