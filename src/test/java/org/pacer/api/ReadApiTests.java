package org.pacer.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.pacer.api.ApiCalls.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.JdbcStatements;
import org.pacer.improvement.ActionDraft;
import org.pacer.improvement.ImprovementPlan;
import org.pacer.improvement.ImprovementService;
import org.pacer.improvement.OwnerSide;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.relationship.Relationship;
import org.pacer.review.PerformanceReview;
import org.pacer.scorecard.ScorecardService;
import org.pacer.sourcing.SourcingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The read operations with valid input (the figures as stored, filters, pages) and each kind of bad parameter.
 * Read as the manager, who sees every relationship, and narrowed to this test's relationship by the filters.
 */
class ReadApiTests extends ApiTest {

	@Autowired
	private MeasureService measures;

	@Autowired
	private ScorecardService scorecards;

	@Autowired
	private ImprovementService improvements;

	@Autowired
	private SourcingService sourcing;

	@Autowired
	private JdbcStatements statements;

	private Relationship relationship;

	@BeforeEach
	void setUp() {
		relationship = made(fixtures.measuredRelationship(period, 1, 1, 0));
	}

	@Test
	void listsReadAsManyStatementsWhateverTheNumberOfRelationships() throws Exception {
		fixtures.publishedReview(relationship, period, 80);
		fixtures.publishedReview(relationship, period.plusMonths(1), 80);
		// a page of one, so every list's first page is full and counted, with few rows or many; the relationships
		// list filtered to RED ones, so its row has a scorecard whatever other tests left in the database
		List<String> lists = List.of("/api/v1/relationships?size=1&standing=RED", "/api/v1/scorecards?size=1",
				"/api/v1/reviews?size=1", "/api/v1/improvement-plans?size=1", "/api/v1/sourcing-decisions?size=1",
				"/api/v1/providers?size=1", "/api/v1/relationships/" + relationship.getId() + "/results?size=1");
		List<Long> before = statementsFor(lists);
		for (int i = 0; i < 3; i++) {
			Relationship more = made(fixtures.measuredRelationship(period, 1, 1, 0));
			fixtures.publishedReview(more, period, 80);
			fixtures.publishedReview(more, period.plusMonths(1), 80);
		}
		fixtures.publishedReview(relationship, period.plusMonths(2), 80);
		List<Long> after = statementsFor(lists);

		// three more relationships, each with reviews, scorecards, their lines and plans: not one statement more
		assertThat(after).isEqualTo(before);
	}

	@Test
	void listsSortAndPageInTheDatabase() throws Exception {
		// given: three reviews of the relationship, the latest RED
		fixtures.publishedReview(relationship, period, 99);
		fixtures.publishedReview(relationship, period.plusMonths(1), 99);
		fixtures.publishedReview(relationship, period.plusMonths(2), 80);
		String mine = "relationship=" + relationship.getId();

		// then: newest period first, two a page, the oldest alone on the second
		read("/api/v1/reviews?size=2&" + mine)
				.andExpect(jsonPath("$.total").value(3)).andExpect(jsonPath("$.pages").value(2))
				.andExpect(jsonPath("$.items[*].period", contains(period.plusMonths(2).toString(),
						period.plusMonths(1).toString())));
		read("/api/v1/reviews?size=2&page=1&" + mine)
				.andExpect(jsonPath("$.items[*].period", contains(period.toString())));
		read("/api/v1/scorecards?size=2&page=1&" + mine)
				.andExpect(jsonPath("$.items[*].period", contains(period.toString())));
		// results by period, then measure: the second period's first result opens the second page of four
		read("/api/v1/relationships/" + relationship.getId() + "/results?size=4&page=1")
				.andExpect(jsonPath("$.total").value(12))
				.andExpect(jsonPath("$.items[0].period").value(period.plusMonths(1).toString()));
		read("/api/v1/relationships/" + relationship.getId() + "/results?period=" + period + "&size=200")
				.andExpect(jsonPath("$.total").value(4));
		// a page past the end is empty, with the total
		read("/api/v1/reviews?size=2&page=5&" + mine).andExpect(jsonPath("$.items", hasSize(0)))
				.andExpect(jsonPath("$.total").value(3));
	}

	/** The JDBC statements (Pacer's and the engine's) the manager's reading of each list prepares. */
	private List<Long> statementsFor(List<String> lists) throws Exception {
		List<Long> counts = new ArrayList<>();
		for (String list : lists) {
			counts.add(statements.of(() -> read(list)));
		}
		return counts;
	}

	@Test
	void relationshipsListWithTheirLatestScorecardFilteredByProviderAndStanding() throws Exception {
		// given: the latest review is RED (80 against an amber line of 90)
		fixtures.publishedReview(relationship, period, 99);
		fixtures.publishedReview(relationship, period.plusMonths(1), 80);
		String provider = relationship.getProvider().getId().toString();

		// then
		read("/api/v1/relationships?provider=" + provider)
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].provider").value(relationship.getProvider().getName()))
				.andExpect(jsonPath("$.items[0].latestScorecard.period").value(period.plusMonths(1).toString()))
				.andExpect(jsonPath("$.items[0].latestScorecard.standing").value("RED"));
		read("/api/v1/relationships?standing=GREEN&provider=" + provider).andExpect(jsonPath("$.total").value(0));
		read("/api/v1/relationships?standing=RED&provider=" + provider).andExpect(jsonPath("$.total").value(1));
		read("/api/v1/relationships/" + relationship.getId())
				.andExpect(jsonPath("$.expectedLevel").value(1))
				.andExpect(jsonPath("$.reviewPeriod").value("MONTHLY"));
	}

	@Test
	void measuresComeWithEveryVersion() throws Exception {
		// given: a new target from the second period on
		SuccessMeasure measure = measures.measuresOf(relationship.getId()).get(0);
		measures.changeTargets(measure.getId(), period.plusMonths(1), BigDecimal.valueOf(98), BigDecimal.valueOf(85),
				BigDecimal.valueOf(2), CycleFixtures.MANAGER);

		// then
		read("/api/v1/relationships/" + relationship.getId() + "/measures")
				.andExpect(jsonPath("$", hasSize(4)))
				.andExpect(jsonPath("$[?(@.id == " + measure.getId() + ")].versions[*].target", contains(100.0, 98.0)))
				.andExpect(jsonPath("$[?(@.id == " + measure.getId() + ")].versions[1].effectiveFrom")
						.value(period.plusMonths(1).toString()));
	}

	@Test
	void scorecardsListByPeriodAndStandingAndExplainEachFigure() throws Exception {
		// given
		PerformanceReview green = fixtures.publishedReview(relationship, period, 100);
		fixtures.publishedReview(relationship, period.plusMonths(1), 80);
		long greenId = scorecards.forReview(green.getId()).orElseThrow().getId();
		String mine = "relationship=" + relationship.getId();

		// then
		read("/api/v1/scorecards?" + mine)
				.andExpect(jsonPath("$.total").value(2))
				.andExpect(jsonPath("$.items[0].period").value(period.plusMonths(1).toString()));
		read("/api/v1/scorecards?standing=GREEN&" + mine)
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].id").value(greenId))
				.andExpect(jsonPath("$.items[0].green").value(4));
		read("/api/v1/scorecards?period=" + period.plusMonths(1) + "&" + mine)
				.andExpect(jsonPath("$.items[0].standing").value("RED"))
				.andExpect(jsonPath("$.items[0].red").value(4));
		read("/api/v1/scorecards?size=1&page=1&" + mine)
				.andExpect(jsonPath("$.items[0].id").value(greenId))
				.andExpect(jsonPath("$.pages").value(2));
		read("/api/v1/scorecards/" + greenId)
				.andExpect(jsonPath("$.summary.overallScore").value(100))
				.andExpect(jsonPath("$.lines", hasSize(4)))
				.andExpect(jsonPath("$.lines[0].target").value(100))
				.andExpect(jsonPath("$.lines[0].threshold").value(90))
				.andExpect(jsonPath("$.lines[0].rating").value("GREEN"))
				.andExpect(jsonPath("$.lines[0].explanation", containsString("against target 100")))
				.andExpect(jsonPath("$.levels[0].level").value(1));
	}

	@Test
	void reviewsPlansAndDecisionsRead() throws Exception {
		// given: a RED review with a plan of one action, and a decided sourcing decision
		PerformanceReview red = fixtures.publishedReview(relationship, period, 80);
		ImprovementPlan plan = improvements.open(red.getId(), relationship.getId());
		improvements.addAction(plan.getId(), new ActionDraft("Fix the monitoring", OwnerSide.PROVIDER,
				fixtures.providerUser(relationship), clock.today().plusDays(20), null), CycleFixtures.MANAGER);
		var decision = sourcing.prepare(relationship.getId());
		sourcing.decide(decision.getId(), new SourcingService.Choice(org.pacer.sourcing.SourcingOption.CONTINUE,
				"Results improve", null, null, null), CycleFixtures.MANAGER);
		String mine = "relationship=" + relationship.getId();

		// then
		read("/api/v1/reviews?" + mine + "&standing=RED&status=PUBLISHED")
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].assessment").value("Assessment of " + period))
				.andExpect(jsonPath("$.items[0].scorecard.standing").value("RED"));
		read("/api/v1/reviews?" + mine + "&status=IN_REVIEW").andExpect(jsonPath("$.total").value(0));
		read("/api/v1/reviews/" + red.getId())
				.andExpect(jsonPath("$.improvementNeeded").value(true))
				.andExpect(jsonPath("$.status").value("PUBLISHED"));
		read("/api/v1/improvement-plans?" + mine)
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].actions[0].description").value("Fix the monitoring"));
		read("/api/v1/improvement-plans/" + plan.getId())
				.andExpect(jsonPath("$.reviewId").value(red.getId()))
				.andExpect(jsonPath("$.actions[0].ownerSide").value("PROVIDER"));
		read("/api/v1/improvement-plans?" + mine + "&status=DONE").andExpect(jsonPath("$.total").value(0));
		read("/api/v1/sourcing-decisions?" + mine)
				.andExpect(jsonPath("$.items[0].decision").value("CONTINUE"))
				.andExpect(jsonPath("$.items[0].rationale").value("Results improve"));
		read("/api/v1/sourcing-decisions/" + decision.getId()).andExpect(jsonPath("$.status").value("DECIDED"));
	}

	@Test
	void badParametersAnswer400NamingTheParameter() throws Exception {
		for (String[] bad : List.of(new String[] { "/api/v1/scorecards?period=March", "period" },
				new String[] { "/api/v1/scorecards?standing=PURPLE", "standing" },
				new String[] { "/api/v1/reviews?status=LOST", "status" },
				new String[] { "/api/v1/relationships?provider=acme", "provider" },
				new String[] { "/api/v1/relationships?size=0", "size" },
				new String[] { "/api/v1/relationships?page=-1", "page" },
				new String[] { "/api/v1/scorecards/twelve", "id" })) {
			mvc.perform(basic(get(bad[0]), CycleFixtures.MANAGER))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.errors[0].field").value(bad[1]));
		}
		mvc.perform(basic(get("/api/v1/scorecards/999999999"), CycleFixtures.MANAGER))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value("Scorecard 999999999 not found"));
	}

	private ResultActions read(String url) throws Exception {
		return mvc.perform(basic(get(url), CycleFixtures.MANAGER)).andExpect(status().isOk());
	}
}
