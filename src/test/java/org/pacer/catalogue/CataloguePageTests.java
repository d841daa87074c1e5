package org.pacer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.Pages;
import org.pacer.ProcessTest;
import org.pacer.identity.Roles;
import org.pacer.measure.Direction;
import org.pacer.measure.MeasureDraft;
import org.pacer.measure.MeasureService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The catalogue pages: an administrator adds and changes levels, needs and maturity names; bad input is answered next
 * to its field with the values kept and nothing saved; managers read the catalogue and change nothing.
 */
@ProcessTest
@AutoConfigureMockMvc
class CataloguePageTests {

	private static final String ADMIN = "catalogue-page-admin";

	private static final String MANAGER = CycleFixtures.MANAGER;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private PersistentNeedRepository needs;

	@Autowired
	private HierarchyLevelRepository levels;

	@Autowired
	private MaturityLevelRepository maturityLevels;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private MeasureService measures;

	private Pages pages;

	@BeforeEach
	void setUp() {
		pages = new Pages(mvc, fixtures);
		fixtures.ensureUser(ADMIN, Roles.ADMINS);
		fixtures.ensureUser(MANAGER, Roles.MANAGERS);
	}

	@Test
	void anAdminAddsAndChangesANeedAndAddsAndDeletesALevel() throws Exception {
		// when: a need added, then changed (unused: in place)
		long one = levels.findByRank(1).orElseThrow().getId();
		pages.page(post("/catalogue/needs").param("name", " Data protection ").param("perspective", "CUSTOMER")
				.param("levelId", String.valueOf(one)).param("description", "No personal data lost."), ADMIN, 302);
		PersistentNeed need = needs.findCurrent().stream().filter(n -> n.getName().equals("Data protection"))
				.findFirst().orElseThrow();
		pages.page(post("/catalogue/needs/" + need.getId()).param("name", "Data protection incidents")
				.param("perspective", "INTERNAL_PROCESS").param("levelId", String.valueOf(one)), ADMIN, 302);
		// a level added at the top, then deleted (nothing uses it)
		pages.page(post("/catalogue/levels").param("rank", "6").param("name", "Ecosystem leadership")
				.param("minMaturity", "5"), ADMIN, 302);
		HierarchyLevel six = levels.findByRank(6).orElseThrow();
		String list = pages.page(get("/catalogue"), ADMIN, 200);
		pages.page(post("/catalogue/levels/" + six.getId() + "/delete"), ADMIN, 302);

		// then
		PersistentNeed changed = needs.findById(need.getId()).orElseThrow();
		assertThat(changed.getName()).isEqualTo("Data protection incidents");
		assertThat(changed.getPerspective()).isEqualTo(Perspective.INTERNAL_PROCESS);
		assertThat(changed.getCode()).isEqualTo("DATA_PROTECTION");
		assertThat(list).contains("Data protection incidents", "Ecosystem leadership", "id=\"new-need\"",
				"id=\"retire-" + need.getId() + "\"");
		assertThat(levels.findByRank(6)).isEmpty();
		pages.page(post("/catalogue/needs/" + need.getId() + "/delete"), ADMIN, 302);
		assertThat(needs.findById(need.getId())).isEmpty();
	}

	@Test
	void badInputIsAnsweredNextToItsFieldWithTheValuesKept() throws Exception {
		// given
		HierarchyLevel two = levels.findByRank(2).orElseThrow();
		long before = levels.count();

		// when: a level renamed as another in other case, moved onto another's order, with a word for maturity
		String refused = pages.page(post("/catalogue/levels/" + two.getId()).param("rank", "3")
				.param("name", "SYSTEMS reliability").param("minMaturity", "high").param("description", "kept text"),
				ADMIN, 400);
		String blank = pages.page(post("/catalogue/levels").param("rank", "six").param("name", " ")
				.param("minMaturity", "2"), ADMIN, 400);
		String need = pages.page(post("/catalogue/needs").param("name", "Service AVAILABILITY")
				.param("perspective", "HAPPINESS").param("levelId", "999999"), ADMIN, 400);
		String maturity = pages.page(post("/catalogue/maturity/2").param("name", ""), ADMIN, 400);

		// then
		assertThat(refused).contains("A level named 'Systems reliability' exists already",
				"Service responsiveness has order 3 already", "Choose the minimum maturity, 1 to 5",
				"value=\"SYSTEMS reliability\"", "value=\"3\"", ">kept text</textarea>");
		assertThat(blank).contains("Give the level a name", "Give the level's order, a whole number from 1 to 99",
				"value=\"six\"");
		assertThat(need).contains("A need named 'Service availability' exists already",
				"Choose the scorecard perspective", "Choose a level of the hierarchy", "value=\"Service AVAILABILITY\"");
		assertThat(maturity).contains("Give the maturity level a name");
		assertThat(levels.count()).isEqualTo(before);
		assertThat(levels.findByRank(2)).map(HierarchyLevel::getName).hasValue("Cost effectiveness");
		assertThat(maturityLevels.findById(2)).map(MaturityLevel::getName).hasValue("Managed");
	}

	@Test
	void aUsedNeedIsNotDeletedTheRefusalShowsOnItsPageAndAMaturityLevelIsRenamed() throws Exception {
		// given a need with a measure
		PersistentNeed need = catalogue.createNeed(new NeedDetails("Audit findings", null, Perspective.INTERNAL_PROCESS,
				levels.findByRank(1).orElseThrow().getId()), ADMIN);
		measures.define(fixtures.relationship(LocalDate.of(2026, 1, 1)).getId(), new MeasureDraft(need.getId(),
				"Open audit findings", "count", Direction.LOWER_IS_BETTER, BigDecimal.ONE, BigDecimal.TEN,
				BigDecimal.ONE), MANAGER);
		String edit = pages.page(get("/catalogue/needs/" + need.getId()), ADMIN, 200);

		// when
		String refused = pages.page(post("/catalogue/needs/" + need.getId() + "/delete"), ADMIN, 400);
		pages.page(post("/catalogue/needs/" + need.getId() + "/retire"), ADMIN, 302);
		pages.page(post("/catalogue/maturity/2").param("name", "Repeatable"), ADMIN, 302);
		String list = pages.page(get("/catalogue"), MANAGER, 200);
		pages.page(post("/catalogue/maturity/2").param("name", "Managed"), ADMIN, 302);

		// then
		assertThat(edit).contains("id=\"in-use\"").doesNotContain("id=\"delete-need\"");
		assertThat(refused).contains("Audit findings is used by measures, so it stays; retire it to offer it no more");
		assertThat(needs.findById(need.getId())).hasValueSatisfying(n -> assertThat(n.isRetired()).isTrue());
		assertThat(list).contains("Repeatable", "Audit findings", "retired");
	}

	@Test
	void managersReadTheCatalogueAndChangeNothing() throws Exception {
		// given
		HierarchyLevel one = levels.findByRank(1).orElseThrow();
		PersistentNeed availability = needs.findByCode("SERVICE_AVAILABILITY").orElseThrow();
		long needsBefore = needs.count();

		// when / then
		String list = pages.page(get("/catalogue"), MANAGER, 200);
		assertThat(list).contains("Systems reliability", "Service availability", "Optimizing")
				.doesNotContain("id=\"new-need\"", "id=\"new-level\"", "id=\"retire-");
		pages.page(get("/catalogue/needs/new"), MANAGER, 403);
		pages.page(get("/catalogue/levels/" + one.getId()), MANAGER, 403);
		pages.page(post("/catalogue/needs").param("name", "Sneaked in").param("perspective", "CUSTOMER")
				.param("levelId", String.valueOf(one.getId())), MANAGER, 403);
		pages.page(post("/catalogue/levels/" + one.getId()).param("rank", "1").param("name", "Renamed")
				.param("minMaturity", "2"), MANAGER, 403);
		pages.page(post("/catalogue/needs/" + availability.getId() + "/retire"), MANAGER, 403);
		pages.page(post("/catalogue/maturity/1").param("name", "Chaos"), MANAGER, 403);
		assertThat(needs.count()).isEqualTo(needsBefore);
		assertThat(levels.findByRank(1)).map(HierarchyLevel::getName).hasValue("Systems reliability");
		assertThat(needs.findByCode("SERVICE_AVAILABILITY")).hasValueSatisfying(n -> assertThat(n.isRetired()).isFalse());
		assertThat(maturityLevels.findById(1)).map(MaturityLevel::getName).hasValue("Initial");
	}
}
