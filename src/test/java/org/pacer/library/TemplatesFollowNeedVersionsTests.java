package org.pacer.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.catalogue.CatalogueService;
import org.pacer.catalogue.HierarchyLevelRepository;
import org.pacer.catalogue.NeedDetails;
import org.pacer.catalogue.PersistentNeed;
import org.pacer.catalogue.Perspective;
import org.pacer.measure.Direction;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.measure.SuggestedMeasure;
import org.pacer.relationship.Relationship;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A need in use changes by a new version (decision 18); the library's templates made for the older version are
 * still offered for the need, and a measure copied from one is defined for the need's current version.
 */
@ProcessTest
class TemplatesFollowNeedVersionsTests {

	private static final String ADMIN = "catalogue-test-admin";

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private HierarchyLevelRepository levels;

	@Autowired
	private MeasureLibrary library;

	@Autowired
	private MeasureService measures;

	@Autowired
	private CycleFixtures fixtures;

	private PersistentNeed need;

	@AfterEach
	void retire() {
		if (need != null) {
			catalogue.retireNeed(need.getId(), ADMIN);
		}
	}

	@Test
	void aTemplateOfTheOlderVersionIsOfferedAndCopiedForTheCurrentOne() {
		// given a need with a template, in use by a measure
		need = catalogue.createNeed(new NeedDetails("Patch compliance", null, Perspective.INTERNAL_PROCESS,
				levels.findByRank(1).orElseThrow().getId()), ADMIN);
		SetView set = library.createSet(new SetDraft("Patching " + System.nanoTime(), null), ADMIN);
		TemplateView template = library.addTemplate(set.id(), new TemplateDraft(need.getId(), "Servers patched",
				"Servers patched within the agreed window", "%", Direction.HIGHER_IS_BETTER, new BigDecimal("95"),
				new BigDecimal("90"), BigDecimal.ONE, Reporter.PROVIDER, BigDecimal.ZERO, new BigDecimal("100")), ADMIN);
		Relationship first = fixtures.relationship(LocalDate.of(2026, 1, 1));
		measures.define(first.getId(), library.current(template.id()).orElseThrow().draft(), CycleFixtures.MANAGER);

		// when the need changes: a new version
		PersistentNeed current = catalogue.updateNeed(need.getId(), new NeedDetails("Patch compliance",
				"Security patches applied in time", Perspective.INTERNAL_PROCESS, levels.findByRank(1).orElseThrow()
						.getId()), ADMIN);
		assertThat(current.getId()).isNotEqualTo(need.getId());
		need = current;

		// then the template is offered for the current version, and copying it defines a measure of that version
		List<SuggestedMeasure> offered = library.forNeeds(List.of(current.getId()));
		assertThat(offered).singleElement().satisfies(t -> assertThat(t.needId()).isEqualTo(current.getId()));
		Relationship second = fixtures.relationship(LocalDate.of(2026, 1, 1));
		SuccessMeasure copied = measures.define(second.getId(), offered.get(0).draft(), CycleFixtures.MANAGER);
		assertThat(copied.getNeed().getId()).isEqualTo(current.getId());
		assertThat(copied.getTemplateId()).isEqualTo(template.id());
	}
}
