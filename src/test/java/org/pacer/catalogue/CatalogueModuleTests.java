package org.pacer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pacer.ModuleContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The catalogue started alone with the clock and the audit log its service writes to: its entities and repositories
 * against the migrated schema, nothing of the features built on it.
 */
@ApplicationModuleTest(extraIncludes = { "time", "audit" })
@ModuleContext
class CatalogueModuleTests {

	@Autowired
	private HierarchyLevelRepository levels;

	@Autowired
	private PersistentNeedRepository needs;

	@Test
	void readsTheHierarchyOfNeedsInRankOrder() {
		// when
		List<HierarchyLevel> hierarchy = levels.findAllByOrderByRankAsc();

		// then
		assertThat(hierarchy).extracting(HierarchyLevel::getRank).containsExactly(1, 2, 3, 4, 5);
		assertThat(hierarchy).extracting(HierarchyLevel::getName).containsExactly("Systems reliability",
				"Cost effectiveness", "Service responsiveness", "Business improvement", "Strategic partnership");
		assertThat(levels.findByRank(3)).map(HierarchyLevel::getName).hasValue("Service responsiveness");
	}

	@Test
	void needsUpToALevelComeByLevelThenPerspectiveThenName() {
		// when
		List<PersistentNeed> upToTwo = needs.findUpToLevel(2);

		// then the four of level 1, then the four of level 2 (perspectives sort by their stored names)
		assertThat(upToTwo).extracting(PersistentNeed::getCode).containsExactly("MAJOR_INCIDENTS",
				"INCIDENT_RESOLUTION", "SERVICE_AVAILABILITY", "STAFF_CONTINUITY", "COST_AGAINST_BUDGET",
				"INVOICE_ACCURACY", "UNIT_COST_TREND", "AUTOMATION_RATE");
		assertThat(needs.findByCode("INNOVATION_VALUE")).hasValueSatisfying(
				need -> assertThat(need.getLevel().getRank()).isEqualTo(5));
	}
}
