package org.pacer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.Pages;
import org.pacer.ProcessTest;
import org.pacer.identity.Roles;
import org.pacer.relationship.Relationship;
import org.pacer.review.PerformanceReview;
import org.pacer.scorecard.ScorecardService;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A change of the catalogue never alters a past scorecard: the scorecard and the reviews on the relationship's page,
 * and the scorecard over the API and as CSV, are the same bytes before and after a level is renamed and a need the
 * scorecard used is changed and retired.
 */
@ProcessTest
@AutoConfigureMockMvc
class PastScorecardsTests {

	private static final String ADMIN = CatalogueServiceTests.ADMIN;

	private static final String MANAGER = CycleFixtures.MANAGER;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private HierarchyLevelRepository levels;

	@Autowired
	private PersistentNeedRepository needs;

	@Autowired
	private ScorecardService scorecards;

	@Autowired
	private PacerClock clock;

	@Test
	void pastScorecardsReadTheSameBytesAfterALevelIsRenamedAndANeedIsChangedAndRetired() throws Exception {
		// given a need of level 1, and a published review whose scorecard has a line for it
		fixtures.ensureUser(MANAGER, Roles.MANAGERS);
		HierarchyLevel one = levels.findByRank(1).orElseThrow();
		LevelDetails levelBefore = one.details();
		PersistentNeed need = catalogue.createNeed(new NeedDetails("Security incidents closed", "Closed in time.",
				Perspective.INTERNAL_PROCESS, one.getId()), ADMIN);
		try {
			Relationship relationship = fixtures.measuredRelationship(clock.today().withDayOfMonth(1).minusMonths(3), 2, 1, 0);
			PerformanceReview review = fixtures.publishedReview(relationship, relationship.firstPeriod(), 95);
			long scorecard = scorecards.forReview(review.getId()).orElseThrow().getId();
			List<String> before = pastScorecard(relationship, review.getId(), scorecard);
			assertThat(before.get(0)).contains("Security incidents closed", "1 · " + levelBefore.name());

			// when
			catalogue.updateLevel(one.getId(), new LevelDetails(1, "Reliable systems", "Renamed.", 3), ADMIN);
			// the rename gave the need, which a measure uses, a version on the new level: change the current one
			PersistentNeed changed = catalogue.updateNeed(needs.findByCode(need.getCode()).orElseThrow().getId(), new NeedDetails("Security incidents handled",
					"Handled in time.", Perspective.CUSTOMER, levels.findByRank(1).orElseThrow().getId()), ADMIN);
			catalogue.retireNeed(changed.getId(), ADMIN);

			// then the pages of the relationship show the new level name on its ladder, the past scorecard not
			List<String> after = pastScorecard(relationship, review.getId(), scorecard);
			assertThat(page(relationship)).contains("Reliable systems");
			assertThat(after).containsExactlyElementsOf(before);
		}
		finally {
			catalogue.retireNeed(catalogue.needs().stream().filter(n -> n.getCode().equals(need.getCode()))
					.findFirst().orElseThrow().getId(), ADMIN);
			catalogue.updateLevel(levels.findByRank(1).orElseThrow().getId(), levelBefore, ADMIN);
		}
	}

	/** The scorecard and reviews sections of the relationship's page, the review's and scorecard's JSON, the CSV. */
	private List<String> pastScorecard(Relationship relationship, long review, long scorecard) throws Exception {
		String page = page(relationship);
		return List.of(section(page, "scorecard"), section(page, "reviews"), api("/api/v1/reviews/" + review),
				api("/api/v1/scorecards/" + scorecard), api("/api/v1/relationships/" + relationship.getId() + "/scorecards.csv"));
	}

	private String page(Relationship relationship) throws Exception {
		return new Pages(mvc, fixtures).page(get("/relationships/" + relationship.getId()), MANAGER, 200);
	}

	private String api(String path) throws Exception {
		return mvc.perform(get(path).with(httpBasic(MANAGER, MANAGER))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String section(String page, String id) {
		Matcher section = Pattern.compile("(?s)<section[^>]*id=\"" + id + "\".*?</section>").matcher(page);
		assertThat(section.find()).as("the page has a section " + id).isTrue();
		return section.group();
	}
}
