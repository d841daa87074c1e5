package org.pacer.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.JdbcStatements;
import org.pacer.ProcessTest;
import org.pacer.improvement.ActionDraft;
import org.pacer.improvement.ImprovementPlan;
import org.pacer.improvement.ImprovementService;
import org.pacer.improvement.OwnerSide;
import org.pacer.relationship.Provider;
import org.pacer.relationship.ProviderKind;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipLifecycle;
import org.pacer.relationship.RelationshipService;
import org.pacer.relationship.ReviewPeriod;
import org.pacer.review.PerformanceReview;
import org.pacer.audit.AuditLog;
import org.pacer.identity.Roles;
import org.pacer.sourcing.SourcingService;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The relationship list and detail pages, the lifecycle diagram's data and the error pages, against the whole
 * application: what a manager sees, what a provider user sees (its own relationship only), and that the list reads
 * set-based.
 */
@ProcessTest
@AutoConfigureMockMvc
class RelationshipPagesTests {

	private static final String MANAGER = CycleFixtures.MANAGER;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private RelationshipLifecycle lifecycle;

	@Autowired
	private RelationshipService relationships;

	@Autowired
	private ImprovementService improvements;

	@Autowired
	private SourcingService sourcing;

	@Autowired
	private AuditLog audit;

	@Autowired
	private JdbcStatements statements;

	@Autowired
	private PacerClock clock;

	private LocalDate firstPeriod;

	/** Relationships this test made: their instances are removed afterwards so no job of theirs lingers. */
	private final List<Long> made = new ArrayList<>();

	@BeforeEach
	void firstPeriodThreeMonthsAgo() {
		firstPeriod = clock.today().withDayOfMonth(1).minusMonths(3);
		// the manager this test's relationships are made with, as the fixtures' own relationships are
		fixtures.ensureUser(MANAGER, Roles.MANAGERS, Roles.SOURCING_BOARD);
	}

	@AfterEach
	void removeInstances() {
		clock.backToNow();
		fixtures.removeInstancesOf(made);
	}

	@Test
	void theListShowsEachRelationshipsLevelStandingNextReviewAndOpenTasks() throws Exception {
		// given a relationship in its review cycles with a RED review, and one still setting up
		Relationship reviewed = reviewed();
		Relationship settingUp = settingUp();

		// when: each looked for by its provider, wherever other tests' relationships put it in the whole list
		String html = page(get("/relationships").param("provider", reviewed.getProvider().getId().toString()),
				MANAGER, 200);
		String settingUpHtml = page(get("/relationships").param("provider", settingUp.getProvider().getId().toString()),
				MANAGER, 200);

		// then
		String row = row(html, reviewed);
		assertThat(row).contains(reviewed.getName(), reviewed.getProvider().getName(), MANAGER,
				"rating rating-RED", "<strong>0</strong> of <span>1</span>", "class=\"level below\"",
				firstPeriod.plusMonths(1).format(DAY), "after " + reviewed.periodLabel(firstPeriod),
				"<td class=\"open-tasks\">0</td>");
		assertThat(row(settingUpHtml, settingUp)).contains(settingUp.getName(), "no review yet", "not set yet",
				"not scheduled yet", "Setting up", "<td class=\"open-tasks\">1</td>");
	}

	@Test
	void aProviderUserSeesItsOwnRelationshipOnlyAndFindsNoOtherById() throws Exception {
		// given
		Relationship own = reviewed();
		Relationship other = settingUp();
		String vendor = fixtures.providerUser(own);

		// when
		String list = page(get("/relationships"), vendor, 200);

		// then
		assertThat(list).contains("data-relationship=\"" + own.getId() + "\"", own.getName())
				.doesNotContain(other.getName(), other.getProvider().getName());
		assertThat(list.split("<tr data-relationship=", -1)).hasSize(2);

		// when / then: another provider's relationship and diagram do not exist for this user
		String notFound = page(get("/relationships/" + other.getId()), vendor, 404);
		assertThat(notFound).contains("<h1>Not found</h1>").doesNotContain(other.getName());
		json(get("/relationships/" + other.getId() + "/diagram"), vendor).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.status").value(404));

		// when / then: its own relationship in full, without the client's sourcing deliberations
		sourcing.prepare(own.getId());
		String detail = page(get("/relationships/" + own.getId()), vendor, 200);
		assertThat(detail).contains(own.getName(), "id=\"scorecard\"", "id=\"diagram\"")
				.doesNotContain("id=\"sourcing\"", "Sourcing prepared");
		json(get("/relationships/" + own.getId() + "/diagram"), vendor).andExpect(status().isOk());
	}

	@Test
	void theDetailShowsLadderScorecardTrendReviewsPlansMaturitySourcingTrailAndDiagram() throws Exception {
		// given: two reviews in ramp-up, RED then GREEN, an improvement plan after the RED one, maturity, sourcing
		Relationship relationship = inReviewCycles(firstPeriod, 2);
		PerformanceReview red = fixtures.publishedReview(relationship, firstPeriod, 50);
		PerformanceReview green = fixtures.publishedReview(relationship, firstPeriod.plusMonths(1), 100);
		ImprovementPlan plan = improvements.open(red.getId(), relationship.getId());
		improvements.describe(plan.getId(), "Restore monitoring", 3);
		improvements.addAction(plan.getId(), new ActionDraft("Add availability alerts", OwnerSide.PROVIDER,
				fixtures.providerUser(relationship), clock.today().plusDays(1), null), MANAGER);
		improvements.assessMaturity(relationship.getId(), null, 2, "Runbooks in place", MANAGER);
		sourcing.prepare(relationship.getId());

		// when, three days on: the action is overdue
		clock.travelTo(LocalDateTime.of(clock.today().plusDays(3), LocalTime.NOON));
		String html = page(get("/relationships/" + relationship.getId()), MANAGER, 200);

		// then the ladder: expected and achieved level 1, with the ramp-up window, and the glide path
		assertThat(section(html, "ladder")).contains("data-rank=\"5\"", "Strategic partnership", "Systems reliability",
				"class=\"required reached\"", "marker expected", "marker achieved", "id=\"ramp-up\"",
				"2 months", relationship.periodLabel(firstPeriod), relationship.periodLabel(firstPeriod.plusMonths(2)));
		assertThat(section(html, "glide-path")).contains("Service availability", "93.33", "96.67");
		// the latest scorecard through the shared fragment, and the trend of both periods
		assertThat(section(html, "scorecard")).contains(relationship.periodLabel(green.getPeriodStart()),
				"id=\"overall-score\"", "rating rating-GREEN");
		assertThat(html).contains("\"period\":\"" + relationship.periodLabel(firstPeriod) + "\"",
				"chart.js/", "/dist/chart.umd", "id=\"trend-chart\"");
		// review history with the improvement decision of each
		assertThat(section(html, "reviews")).contains("data-review=\"" + red.getId() + "\"",
				"Assessment of " + firstPeriod, "Improvement needed", "No improvement needed", "Published");
		// the plan, its action overdue
		assertThat(section(html, "plans")).contains("data-plan=\"" + plan.getId() + "\"",
				"After the review of " + relationship.periodLabel(firstPeriod), "Restore monitoring", "3 · Defined",
				"Add availability alerts", "(provider)", "badge red overdue");
		assertThat(section(html, "maturity")).contains("2 · Managed", "Runbooks in place", MANAGER);
		assertThat(section(html, "sourcing")).contains("Scheduled review", "pending");
		assertThat(section(html, "audit")).contains("Review published", "Sourcing prepared", "Action added");
		// the lifecycle diagram, drawn by the vendored viewer from the JSON endpoint
		assertThat(section(html, "lifecycle")).contains(
				"data-source=\"/relationships/" + relationship.getId() + "/diagram\"",
				"/vendor/camunda-bpmn-js/assets/bpmn-js");
		assertThat(html).contains("/vendor/camunda-bpmn-js/camunda-platform-navigated-viewer.production.min");
	}

	@Test
	void theAuditTrailComesAPageAtATimeNewestFirstAndAProviderNeverSeesTheBoardsLines() throws Exception {
		Relationship relationship = settingUp();
		for (int i = 1; i <= 60; i++) {
			clock.travelTo(LocalDateTime.of(firstPeriod, LocalTime.NOON).plusMinutes(i));
			audit.record(relationship.getId(), MANAGER, "NOTE", "Note " + i);
			audit.record(relationship.getId(), MANAGER, AuditLog.SOURCING + "PREPARED", "Board line " + i);
		}
		String provider = fixtures.providerUser(relationship);

		String first = section(page(get("/relationships/" + relationship.getId()), MANAGER, 200), "audit");
		String second = section(page(get("/relationships/" + relationship.getId()).param("auditPage", "1"), MANAGER,
				200), "audit");
		String providers = section(page(get("/relationships/" + relationship.getId()).param("auditPage", "1"),
				provider, 200), "audit");

		// the lifecycle's start (today) and 120 lines: the newest 50 first, then the next 50
		assertThat(first.split("<tr data-action=").length - 1).isEqualTo(50);
		assertThat(first).contains("Page 1 of 3, 121 entries", "Note 60", "Board line 36<", "auditPage=1#audit", ">Older<")
				.doesNotContain("Note 36<", ">Newer<");
		assertThat(second).contains("Page 2 of 3", "Note 36<", "Board line 11<", "auditPage=0#audit", "auditPage=2#audit")
				.doesNotContain("Note 11<", "Board line 36<");
		// the provider's trail leaves out the sourcing board's lines, so 60 notes and more make two pages
		assertThat(providers).contains("Page 2 of 2", "Note 1<").doesNotContain("Board line", ">Older<");
	}

	@Test
	void aRelationshipPageAndItsAuditTrailReadAsManyStatementsForALongHistoryAsForAShortOne() throws Exception {
		// given: a relationship with one review (RED, so a plan) and a trail of more than a page, so both are counted
		Relationship relationship = inReviewCycles(firstPeriod, 0);
		fixtures.publishedReview(relationship, firstPeriod, 50);
		for (int i = 0; i < 60; i++) {
			audit.record(relationship.getId(), MANAGER, "NOTE", "Early note " + i);
		}
		String vendor = fixtures.providerUser(relationship);
		String address = "/relationships/" + relationship.getId();
		long managerShort = statements.of(() -> page(get(address), MANAGER, 200));
		long vendorShort = statements.of(() -> page(get(address), vendor, 200));

		// when: two more reviews, another plan, and 120 more lines of trail, half of them the board's
		fixtures.publishedReview(relationship, firstPeriod.plusMonths(1), 95);
		fixtures.publishedReview(relationship, firstPeriod.plusMonths(2), 50);
		for (int i = 0; i < 60; i++) {
			audit.record(relationship.getId(), MANAGER, "NOTE", "Note " + i);
			audit.record(relationship.getId(), MANAGER, AuditLog.SOURCING + "PREPARED", "Board line " + i);
		}
		long managerLong = statements.of(() -> page(get(address), MANAGER, 200));
		long vendorLong = statements.of(() -> page(get(address).param("auditPage", "1"), vendor, 200));

		// then: every JDBC statement counted, not one more for the longer history
		assertThat(managerLong).isEqualTo(managerShort);
		assertThat(vendorLong).isEqualTo(vendorShort);
	}

	@Test
	void theDiagramNamesTheStepsTheLifecycleWaitsAt() throws Exception {
		// given
		Relationship cycling = inReviewCycles(firstPeriod, 0);
		Relationship settingUp = settingUp();

		// when / then
		json(get("/relationships/" + cycling.getId() + "/diagram"), MANAGER).andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.xml").value(containsString("id=\"relationship-lifecycle\"")))
				.andExpect(jsonPath("$.activeActivityIds").value(hasItem("Event_PeriodEnds")));
		json(get("/relationships/" + settingUp.getId() + "/diagram"), MANAGER).andExpect(status().isOk())
				.andExpect(jsonPath("$.activeActivityIds").value(contains("Task_SetExpectedOutcomes")));
	}

	@Test
	void anUnknownRelationshipAnswersPacersNotFoundPageOrJson() throws Exception {
		// given: the manager is one, even when no other test made them so before
		fixtures.ensureUser(MANAGER, Roles.MANAGERS);

		// when
		String html = page(get("/relationships/987654321"), MANAGER, 404);

		// then
		assertPacersLook(html, "Not found");
		assertThat(html).contains("Relationship 987654321 not found", "id=\"nav-dashboard\"");
		json(get("/relationships/987654321"), MANAGER).andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.error").value("Not Found"))
				.andExpect(jsonPath("$.path").value("/relationships/987654321"));
	}

	@Test
	void errorsOutsideTheControllersRenderPacersPagesForBrowsersAndJsonForClients() throws Exception {
		// Spring Boot forwards a failed request to /error; this is that forward
		for (int code : new int[] { 403, 404, 500, 405 }) {
			String html = page(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, code)
					.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/relationships"), MANAGER, code);
			assertPacersLook(html, switch (code) {
				case 403 -> "Not allowed";
				case 404 -> "Not found";
				default -> "Something went wrong";
			});
			assertThat(html).contains("Error " + code, "id=\"nav-dashboard\"");
		}
		json(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500), MANAGER)
				.andExpect(status().isInternalServerError()).andExpect(jsonPath("$.status").value(500));
	}

	@Test
	void theListReadsAsManyStatementsForFiveRelationshipsAsForTwo() throws Exception {
		// given: a provider with a reviewed relationship and one setting up
		Provider provider = relationships.createProvider("Provider " + tag(), ProviderKind.VENDOR);
		String vendor = fixtures.providerUser(provider);
		fixtures.ensureUser(vendor, provider.getCandidateGroup());
		reviewedOf(provider);
		settingUpOf(provider);
		String ofProvider = "/relationships?provider=" + provider.getId();
		long managerSmall = statements.of(() -> page(get(ofProvider), MANAGER, 200));
		long vendorSmall = statements.of(() -> page(get("/relationships"), vendor, 200));

		// when: three more relationships, each with a review, a scorecard, its lines and open tasks
		for (int i = 0; i < 3; i++) {
			reviewedOf(provider);
		}
		String all = page(get(ofProvider), MANAGER, 200);
		long managerLarge = statements.of(() -> page(get(ofProvider), MANAGER, 200));
		long vendorLarge = statements.of(() -> page(get("/relationships"), vendor, 200));

		// then: every JDBC statement (Pacer's and the engine's) counted, not one more for more relationships
		assertThat(all.split("<tr data-relationship=", -1).length - 1).isEqualTo(5);
		assertThat(managerLarge).isEqualTo(managerSmall);
		assertThat(vendorLarge).isEqualTo(vendorSmall);
	}

	@Test
	void theListPagesSortsAndFiltersInTheDatabaseAndAProvidersPersonSeesTheirOwnOnly() throws Exception {
		// given: 51 relationships of one provider and one of another, all named with this test's tag
		String tag = tag();
		Provider zeta = relationships.createProvider("Zeta " + tag, ProviderKind.VENDOR);
		Provider alpha = relationships.createProvider("Alpha " + tag, ProviderKind.VENDOR);
		for (int i = 0; i < 51; i++) {
			made.add(relationships.create(new RelationshipService.NewRelationship("%s %02d".formatted(tag, i),
					zeta.getId(), MANAGER, ReviewPeriod.MONTHLY, firstPeriod), MANAGER).getId());
		}
		Relationship last = relationships.create(new RelationshipService.NewRelationship(tag + " zz", alpha.getId(),
				MANAGER, ReviewPeriod.MONTHLY, firstPeriod), MANAGER);
		made.add(last.getId());

		// when / then: 50 a page in name order, with the count of all and a link to the next page
		String first = page(get("/relationships").param("q", tag), MANAGER, 200);
		assertThat(rows(first)).hasSize(50).startsWith(tag + " 00").endsWith(tag + " 49");
		assertThat(first).contains("52 relationships", "1–50 of 52", "page=1").doesNotContain(tag + " zz");
		String second = page(get("/relationships").param("q", tag).param("page", "1"), MANAGER, 200);
		assertThat(rows(second)).containsExactly(tag + " 50", tag + " zz");
		assertThat(second).contains("51–52 of 52", "rel=\"prev\"").doesNotContain("rel=\"next\"");
		// by provider, Alpha's relationship comes first
		assertThat(rows(page(get("/relationships").param("q", tag).param("sort", "provider"), MANAGER, 200)))
				.startsWith(tag + " zz", tag + " 00");
		// one provider, one status, the search across provider names too
		assertThat(rows(page(get("/relationships").param("q", tag).param("provider", alpha.getId().toString()),
				MANAGER, 200))).containsExactly(tag + " zz");
		assertThat(page(get("/relationships").param("q", tag).param("status", "ACTIVE"), MANAGER, 200))
				.contains("0 relationships", "No relationships to show.");
		assertThat(page(get("/relationships").param("q", "alpha " + tag.toUpperCase(Locale.ROOT)), MANAGER, 200))
				.contains("1 relationship<");
		// a page past the end is empty and leads back; nonsense in the address narrows to nothing or is left out
		assertThat(page(get("/relationships").param("q", tag).param("page", "99999999999"), MANAGER, 200))
				.contains("No relationships to show.", "rel=\"prev\"");
		assertThat(rows(page(get("/relationships").param("q", tag).param("provider", "abc"), MANAGER, 200))).isEmpty();
		assertThat(rows(page(get("/relationships").param("q", tag).param("sort", "nonsense").param("status", "X"),
				MANAGER, 200))).hasSize(50);

		// when / then: Alpha's person finds Alpha's relationship only, whatever the filters name
		String vendor = fixtures.providerUser(alpha);
		fixtures.ensureUser(vendor, alpha.getCandidateGroup());
		assertThat(rows(page(get("/relationships").param("q", tag), vendor, 200))).containsExactly(tag + " zz");
		assertThat(rows(page(get("/relationships").param("provider", zeta.getId().toString()), vendor, 200)))
				.isEmpty();
	}

	@Test
	void theListFiltersByTheLatestStanding() throws Exception {
		// given: a relationship whose latest review is RED, and one of the same provider without a review
		Provider provider = relationships.createProvider("Provider " + tag(), ProviderKind.VENDOR);
		Relationship red = reviewedOf(provider);
		Relationship none = settingUpOf(provider);
		String ofProvider = "/relationships?provider=" + provider.getId();

		// then
		assertThat(page(get(ofProvider + "&standing=RED"), MANAGER, 200)).contains(red.getName())
				.doesNotContain(none.getName());
		assertThat(page(get(ofProvider + "&standing=GREEN"), MANAGER, 200)).contains("0 relationships");
	}

	/** The relationships' names in the list's rows, in order. */
	private static List<String> rows(String html) {
		return java.util.regex.Pattern.compile("<tr data-relationship=\"\\d+\">\\s*<td><a href=\"[^\"]*\">([^<]*)</a>")
				.matcher(html).results().map(m -> m.group(1)).toList();
	}

	/** A text no other test's names contain. */
	private static String tag() {
		return "T" + java.util.UUID.randomUUID().toString().substring(0, 8);
	}

	/** A relationship of the provider in its review cycles with one published review whose measures are all RED. */
	private Relationship reviewedOf(Provider provider) {
		Relationship relationship = relationships.create(new RelationshipService.NewRelationship(
				"Relationship " + tag() + " with " + provider.getName(), provider.getId(), MANAGER,
				ReviewPeriod.MONTHLY, firstPeriod), MANAGER);
		made.add(relationship.getId());
		fixtures.ensureUser(fixtures.providerUser(provider), provider.getCandidateGroup());
		fixtures.startIntoReviewCycles(relationship, 1, 0, 0);
		fixtures.publishedReview(relationships.get(relationship.getId()), firstPeriod, 50);
		return relationships.get(relationship.getId());
	}

	/** A relationship of the provider whose lifecycle waits for the manager to set the expected outcomes. */
	private Relationship settingUpOf(Provider provider) {
		Relationship relationship = relationships.create(new RelationshipService.NewRelationship(
				"Relationship " + tag() + " with " + provider.getName(), provider.getId(), MANAGER,
				ReviewPeriod.MONTHLY, firstPeriod), MANAGER);
		made.add(relationship.getId());
		lifecycle.start(relationship);
		return relationship;
	}

	/** A relationship in its review cycles with one published review whose measures are all RED. */
	private Relationship reviewed() {
		Relationship relationship = inReviewCycles(firstPeriod, 0);
		fixtures.publishedReview(relationship, firstPeriod, 50);
		return relationships.get(relationship.getId());
	}

	/** Expected level 1, delivered level 0 today, with the given months of ramp-up. */
	private Relationship inReviewCycles(LocalDate start, int rampUpMonths) {
		Relationship relationship = fixtures.relationship(start);
		made.add(relationship.getId());
		fixtures.startIntoReviewCycles(relationship, 1, 0, rampUpMonths);
		return relationships.get(relationship.getId());
	}

	/** A relationship whose lifecycle waits for the manager to set the expected outcomes. */
	private Relationship settingUp() {
		Relationship relationship = fixtures.relationship(firstPeriod);
		made.add(relationship.getId());
		lifecycle.start(relationship);
		return relationship;
	}

	private static void assertPacersLook(String html, String heading) {
		assertThat(html).contains("<h1>" + heading + "</h1>", "/css/pacer", "class=\"brand\"", "Back to Pacer")
				.doesNotContain("Whitelabel", "Exception", "\tat ");
	}

	/** The table row of the relationship. */
	private static String row(String html, Relationship relationship) {
		int start = html.indexOf("<tr data-relationship=\"" + relationship.getId() + "\"");
		assertThat(start).as("row of relationship " + relationship.getId()).isNotNegative();
		return html.substring(start, html.indexOf("</tr>", start));
	}

	/** The page section with the id, up to the next one. */
	private static String section(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		assertThat(start).as("section " + id).isNotNegative();
		int end = html.indexOf("</section>", start);
		return html.substring(start, end < 0 ? html.length() : end);
	}

	/** Performs the request as the user, as a browser does, expects the status and answers the page decoded. */
	private String page(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(request.accept(MediaType.TEXT_HTML)
				.with(authentication(fixtures.signedIn(user))))
				.andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private ResultActions json(MockHttpServletRequestBuilder request, String user) throws Exception {
		return mvc.perform(request.accept(MediaType.APPLICATION_JSON).with(authentication(fixtures.signedIn(user))));
	}
}
