package org.pacer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pacer.ModuleContext;
import org.pacer.common.ValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The catalogue started alone with the clock and the audit log its service writes to: its entities and repositories
 * against the migrated schema, nothing of the features built on it. In their place, one stand-in says every need is
 * measured, so the service's versioning is seen through its {@link CatalogueReferences} alone.
 */
@ApplicationModuleTest(extraIncludes = { "time", "audit" })
@ModuleContext
class CatalogueModuleTests {

	@Autowired
	private HierarchyLevelRepository levels;

	@Autowired
	private PersistentNeedRepository needs;

	@Autowired
	private CatalogueService catalogue;

	@TestConfiguration
	static class EveryNeedMeasured {

		@Bean
		CatalogueReferences measuredEverywhere() {
			return new CatalogueReferences() {
				@Override
				public Set<Long> referencedNeeds(Collection<Long> needIds) {
					return Set.copyOf(needIds);
				}
			};
		}
	}

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

	@Test
	void aLevelRenamedWhileItsNeedsAreMeasuredGetsAVersionAndSoDoEachOfItsNeeds() {
		// given
		HierarchyLevel two = levels.findByRank(2).orElseThrow();
		List<PersistentNeed> onTwo = needs.findUpToLevel(2).stream().filter(n -> n.getLevel().getRank() == 2).toList();

		// when
		HierarchyLevel renamed = catalogue.updateLevel(two.getId(), new LevelDetails(2, "Value for money",
				two.getDescription(), two.getMinMaturity()), "module-test");
		try {
			// then every need of level 2 has a second version on the new level; the first versions stay on the old one
			assertThat(renamed.getVersion()).isEqualTo(2);
			assertThat(levels.findAllByOrderByRankAsc()).extracting(HierarchyLevel::getName).contains("Value for money")
					.doesNotContain("Cost effectiveness");
			for (PersistentNeed first : onTwo) {
				PersistentNeed current = needs.findByCode(first.getCode()).orElseThrow();
				assertThat(current.getVersion()).isEqualTo(2);
				assertThat(current.getLevel().getId()).isEqualTo(renamed.getId());
				assertThat(needs.findById(first.getId()).orElseThrow().getLevel().getName()).isEqualTo("Cost effectiveness");
			}
			// and a measured need is never deleted, in any version
			assertThatThrownBy(() -> catalogue.deleteNeed(needs.findByCode("INVOICE_ACCURACY").orElseThrow().getId(), "module-test"))
					.isInstanceOf(ValidationException.class);
			assertThat(needs.findByCodeOrderByVersionAsc("INVOICE_ACCURACY")).hasSize(2);
		}
		finally {
			// the other tests read the catalogue as shipped
			catalogue.updateLevel(renamed.getId(), two.details(), "module-test");
		}
	}
}
