package org.pacer.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.JdbcStatements;
import org.pacer.ProcessTest;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipLifecycle;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The manager's dashboard and the start page, against the whole application. */
@ProcessTest
@AutoConfigureMockMvc
class DashboardTests {

	private static final String MANAGER = CycleFixtures.MANAGER;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private RelationshipLifecycle lifecycle;

	@Autowired
	private TaskService taskService;


	@Autowired
	private PacerClock clock;

	@Autowired
	private JdbcStatements statements;

	/** Relationships this test made: their instances are removed afterwards so no job of theirs lingers. */
	private final List<Long> made = new ArrayList<>();

	@AfterEach
	void removeInstances() {
		fixtures.removeInstancesOf(made);
	}

	@Test
	void theDashboardShowsStandingTrendsOverdueTasksAndTheReviewsDueThisMonth() throws Exception {
		// given: a relationship with two reviews, one whose first period is this month, one with an overdue task
		LocalDate thisMonth = clock.today().withDayOfMonth(1);
		Relationship reviewed = cycling(thisMonth.minusMonths(3));
		fixtures.publishedReview(reviewed, thisMonth.minusMonths(3), 50);
		fixtures.publishedReview(reviewed, thisMonth.minusMonths(2), 100);
		Relationship startedThisMonth = cycling(thisMonth);
		Relationship late = fixtures.relationship(thisMonth);
		made.add(late.getId());
		Task outcomes = taskService.createTaskQuery()
				.processInstanceId(lifecycle.start(late).getId()).singleResult();
		// overdue for longer than any other test's task, so it is among the most overdue the dashboard lists
		outcomes.setDueDate(Date.from(clock.now().minusSeconds(3650L * 24 * 3600)));
		taskService.saveTask(outcomes);

		// when
		String html = page(MANAGER, 200);

		// then the standing of each, with a sparkline drawn from one data set
		assertThat(html).contains("id=\"count-relationships\"", "id=\"count-red\"", "id=\"count-below\"",
				"id=\"count-overdue\"", "id=\"count-due\"");
		// each row looked for by its name, wherever other tests' relationships put it in the whole table
		String standing = row(page(MANAGER, "?q=" + reviewed.getName()), "standings", reviewed);
		assertThat(standing).contains(reviewed.getName(), "rating rating-GREEN", "<strong>1</strong> of <span>1</span>",
				"<canvas data-relationship=\"" + reviewed.getId() + "\"");
		assertThat(page(MANAGER, "?q=" + reviewed.getName()))
				.containsPattern("\"" + reviewed.getId() + "\":\\[[^,\\]]+,[^,\\]]+\\]");
		assertThat(row(page(MANAGER, "?q=" + late.getName()), "standings", late)).contains("no review yet", "not set yet")
				.doesNotContain("<canvas");
		// the overdue task, and the period that ends this month
		String overdue = table(html, "overdue-tasks");
		assertThat(overdue).contains("data-task=\"Task_SetExpectedOutcomes\"", late.getName(), MANAGER)
				.doesNotContain(reviewed.getName());
		assertThat(row(html, "reviews-due", startedThisMonth)).contains(startedThisMonth.periodLabel(thisMonth));
		assertThat(table(html, "reviews-due")).doesNotContain(reviewed.getName());
	}

	@Test
	void aProviderUserIsNotAllowedOnTheDashboard() throws Exception {
		// given
		String vendor = fixtures.providerUser(fixtures.relationship(clock.today()));

		// when
		String html = page(vendor, 403);

		// then
		assertThat(html).contains("<h1>Not allowed</h1>", "The dashboard is for relationship managers.",
				"/css/pacer", "Back to Pacer").doesNotContain("id=\"nav-dashboard\"", "Exception");
		mvc.perform(get("/dashboard").accept(MediaType.APPLICATION_JSON)
				.with(authentication(fixtures.signedIn(vendor))))
				.andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
	}

	@Test
	void theStartPageIsTheDashboardForManagersAndTheInboxForEveryoneElse() throws Exception {
		String vendor = fixtures.providerUser(fixtures.relationship(clock.today()));
		mvc.perform(get("/").with(authentication(fixtures.signedIn(MANAGER))))
				.andExpect(redirectedUrl("/dashboard"));
		mvc.perform(get("/").with(authentication(fixtures.signedIn(vendor))))
				.andExpect(redirectedUrl("/tasks"));
	}

	@Test
	void theTilesCountEveryRelationshipAndTheTablePagesFiftyAtATime() throws Exception {
		// given
		String before = page(MANAGER, 200);
		long relationships = tile(before, "count-relationships");
		long red = tile(before, "count-red");
		long below = tile(before, "count-below");
		long overdue = tile(before, "count-overdue");

		// when: a relationship whose latest review is RED (and below its level), and one with an overdue task
		LocalDate thisMonth = clock.today().withDayOfMonth(1);
		Relationship reviewed = cycling(thisMonth.minusMonths(3));
		fixtures.publishedReview(reviewed, thisMonth.minusMonths(3), 50);
		overdueRelationship(thisMonth);
		String after = page(MANAGER, 200);

		// then: counted in the database, whatever page the table shows
		assertThat(tile(after, "count-relationships")).isEqualTo(relationships + 2);
		assertThat(tile(after, "count-red")).isEqualTo(red + 1);
		assertThat(tile(after, "count-below")).isEqualTo(below + 1);
		assertThat(tile(after, "count-overdue")).isEqualTo(overdue + 1);
		assertThat(after).contains("data-standing=\"RED\"", "data-status=\"ACTIVE\"", "data-status=\"SETTING_UP\"");
		long rows = table(after, "standings").split("<tr data-relationship=", -1).length - 1;
		assertThat(rows).isEqualTo(Math.min(50, relationships + 2));
		if (relationships + 2 > 50) {
			assertThat(after).contains("1–50 of " + (relationships + 2), "/dashboard?page=1");
		}
	}

	@Test
	void theDashboardReadsAsManyStatementsForManyRelationshipsAsForFew() throws Exception {
		// given: one of each kind the dashboard lists (an empty list asks nothing of its rows, so none is empty)
		LocalDate thisMonth = clock.today().withDayOfMonth(1);
		// (a RED standing and a GREEN one: a RED review also opens an improvement, which the page may list)
		Relationship first = cycling(thisMonth.minusMonths(2));
		fixtures.publishedReview(first, thisMonth.minusMonths(2), 50);
		Relationship green = cycling(thisMonth.minusMonths(2));
		fixtures.publishedReview(green, thisMonth.minusMonths(2), 95);
		cycling(thisMonth);
		overdueRelationship(thisMonth);
		long few = statements.of(() -> page(MANAGER, 200));

		// when: four more of each
		for (int i = 0; i < 4; i++) {
			Relationship red = cycling(thisMonth.minusMonths(2));
			fixtures.publishedReview(red, thisMonth.minusMonths(2), 50);
			Relationship more = cycling(thisMonth.minusMonths(2));
			fixtures.publishedReview(more, thisMonth.minusMonths(2), 95);
			cycling(thisMonth);
			overdueRelationship(thisMonth);
		}
		long many = statements.of(() -> page(MANAGER, 200));

		// then: every JDBC statement counted, Pacer's and the engine's
		assertThat(many).isEqualTo(few);
	}

	/** A relationship whose first task, setting its outcomes, was due yesterday. */
	private void overdueRelationship(LocalDate start) {
		Relationship late = fixtures.relationship(start);
		made.add(late.getId());
		Task outcomes = taskService.createTaskQuery().processInstanceId(lifecycle.start(late).getId()).singleResult();
		outcomes.setDueDate(Date.from(clock.now().minusSeconds(24 * 3600)));
		taskService.saveTask(outcomes);
	}

	/** The figure of a tile. */
	private static long tile(String html, String id) {
		int start = html.indexOf("<strong>", html.indexOf("id=\"" + id + "\"")) + "<strong>".length();
		return Long.parseLong(html.substring(start, html.indexOf("</strong>", start)));
	}

	/** A relationship in its review cycles: expected level 1, delivered 0 today, no ramp-up. */
	private Relationship cycling(LocalDate start) {
		Relationship relationship = fixtures.relationship(start);
		made.add(relationship.getId());
		fixtures.startIntoReviewCycles(relationship, 1, 0, 0);
		return relationship;
	}

	/** The dashboard as the user sees it in a browser, entities decoded. */
	private String page(String user, int status) throws Exception {
		return page(user, status, "");
	}

	/** The dashboard with the query ("?q=..."), as the manager sees it. */
	private String page(String user, String query) throws Exception {
		return page(user, 200, query);
	}

	private String page(String user, int status, String query) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(get("/dashboard" + query).accept(MediaType.TEXT_HTML)
				.with(authentication(fixtures.signedIn(user))))
				.andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** The table with the id. */
	private static String table(String html, String id) {
		int start = html.indexOf("<table id=\"" + id + "\"");
		assertThat(start).as("table " + id).isNotNegative();
		return html.substring(start, html.indexOf("</table>", start));
	}

	/** The row of the relationship in the table with the id. */
	private static String row(String html, String tableId, Relationship relationship) {
		String table = table(html, tableId);
		int start = table.indexOf("<tr data-relationship=\"" + relationship.getId() + "\"");
		assertThat(start).as("row of relationship " + relationship.getId() + " in " + tableId).isNotNegative();
		return table.substring(start, table.indexOf("</tr>", start));
	}
}
