package org.pacer.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.catalogue.CatalogueService;
import org.pacer.catalogue.HierarchyLevelRepository;
import org.pacer.catalogue.NeedDetails;
import org.pacer.catalogue.PersistentNeed;
import org.pacer.catalogue.PersistentNeedRepository;
import org.pacer.catalogue.Perspective;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipService;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A need added to the catalogue is a coverage gap only for relationships whose measures are (last) defined after
 * it; a retired need is a gap for none.
 */
@ProcessTest
class LaterNeedsCoverageTests {

	@Autowired
	private MeasureService measures;

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private HierarchyLevelRepository levels;

	@Autowired
	private PersistentNeedRepository needs;

	@Autowired
	private RelationshipService relationships;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private PacerClock clock;

	private PersistentNeed added;

	@AfterEach
	void retireTheNeedAndComeBackToNow() {
		clock.backToNow();
		if (added != null) {
			catalogue.retireNeed(added.getId(), "catalogue-test-admin");
		}
	}

	@Test
	void aNeedAddedLaterIsAGapOnlyForRelationshipsWhoseMeasuresAreDefinedAfterIt() {
		LocalDateTime now = LocalDateTime.now();
		// given one relationship measured before the need is added
		clock.travelTo(now.plusDays(1));
		Relationship before = fixtures.measuredRelationship(LocalDate.of(2026, 1, 1), 1, 1, 0);
		clock.travelTo(now.plusDays(2));
		added = catalogue.createNeed(new NeedDetails("Security incidents", null, Perspective.INTERNAL_PROCESS,
				levels.findByRank(1).orElseThrow().getId()), "catalogue-test-admin");

		// when another relationship's measures are defined after it, covering the needs it had before
		clock.travelTo(now.plusDays(3));
		Relationship after = fixtures.relationship(LocalDate.of(2026, 1, 1));
		relationships.setOutcomes(after.getId(), 1, 1, 0, CycleFixtures.MANAGER);
		for (SuccessMeasure m : measures.measuresOf(before.getId())) {
			define(after, m.getNeed(), m.getName());
		}

		// then the new need is a gap for the second only
		assertThat(measures.coverage(before.getId()).complete()).isTrue();
		Coverage later = measures.coverage(after.getId());
		assertThat(later.missing()).extracting(PersistentNeed::getCode).containsExactly(added.getCode());
		assertThat(later.missingNames()).isEqualTo("Security incidents");

		// and once the first defines a measure again, it is a gap there too; retired, it is a gap for none
		clock.travelTo(now.plusDays(4));
		define(before, measures.measuresOf(before.getId()).get(0).getNeed(), "Availability, second view");
		assertThat(measures.coverage(before.getId()).missing()).extracting(PersistentNeed::getCode)
				.containsExactly(added.getCode());
		catalogue.retireNeed(added.getId(), "catalogue-test-admin");
		assertThat(measures.coverage(before.getId()).complete()).isTrue();
		assertThat(measures.coverage(after.getId()).complete()).isTrue();
	}

	/** A measure for the need's current version (another test may have versioned the one a measure has). */
	private void define(Relationship relationship, PersistentNeed need, String name) {
		measures.define(relationship.getId(), new MeasureDraft(needs.findByCode(need.getCode()).orElseThrow().getId(), name, "%", Direction.HIGHER_IS_BETTER,
				BigDecimal.valueOf(100), BigDecimal.valueOf(90), BigDecimal.ONE), CycleFixtures.MANAGER);
	}
}
