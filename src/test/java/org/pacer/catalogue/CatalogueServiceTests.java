package org.pacer.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.common.ValidationException;
import org.pacer.measure.Direction;
import org.pacer.measure.MeasureDraft;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.relationship.Relationship;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The catalogue's rules against the whole application: a need or level that measures use changes by a new version
 * and the measures keep theirs; unused entries change in place and may be deleted; a used need is retired, never
 * deleted, and a retired one is offered for no new measure and is no coverage gap.
 */
@ProcessTest
class CatalogueServiceTests {

	static final String ADMIN = "catalogue-test-admin";

	@Autowired
	private CatalogueService catalogue;

	@Autowired
	private PersistentNeedRepository needs;

	@Autowired
	private HierarchyLevelRepository levels;

	@Autowired
	private MeasureService measures;

	@Autowired
	private CycleFixtures fixtures;

	/** Needs a test added: retired afterwards, so later tests see the catalogue they expect. */
	private final List<PersistentNeed> added = new ArrayList<>();

	private HierarchyLevel levelOne;

	@BeforeEach
	void setUp() {
		levelOne = levels.findByRank(1).orElseThrow();
	}

	@AfterEach
	void retireWhatWasAdded() {
		added.forEach(n -> catalogue.retireNeed(needs.findByCode(n.getCode()).orElseThrow().getId(), ADMIN));
	}

	@Test
	void aNeedInUseChangesByANewVersionAndItsMeasureKeepsTheOneItWasDefinedWith() {
		// given a need and a measure defined for it
		PersistentNeed need = add("Security incidents", Perspective.INTERNAL_PROCESS);
		Relationship relationship = fixtures.relationship(LocalDate.of(2026, 1, 1));
		SuccessMeasure measure = define(relationship, need);

		// when
		PersistentNeed changed = catalogue.updateNeed(need.getId(), new NeedDetails("Security incidents handled",
				"Share of security incidents closed in time.", Perspective.CUSTOMER, levelOne.getId()), ADMIN);

		// then a second version, which new measures get; the measure and the first version stay as they were
		assertThat(changed.getId()).isNotEqualTo(need.getId());
		assertThat(changed.getCode()).isEqualTo(need.getCode());
		assertThat(changed.getVersion()).isEqualTo(2);
		PersistentNeed first = needs.findById(need.getId()).orElseThrow();
		assertThat(first.getName()).isEqualTo("Security incidents");
		assertThat(first.getPerspective()).isEqualTo(Perspective.INTERNAL_PROCESS);
		assertThat(first.getSupersededAt()).isNotNull();
		SuccessMeasure kept = measures.measure(measure.getId());
		assertThat(kept.getNeed().getId()).isEqualTo(need.getId());
		assertThat(kept.getNeed().getPerspective()).isEqualTo(Perspective.INTERNAL_PROCESS);
		assertThat(needs.findByCode(need.getCode())).map(PersistentNeed::getId).hasValue(changed.getId());
		assertThat(needs.findUpToLevel(1)).extracting(PersistentNeed::getId).contains(changed.getId())
				.doesNotContain(need.getId());
		// the old version is offered no more, by any door
		assertThatThrownBy(() -> define(relationship, first, "Another"))
				.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
						.containsEntry("needId", "Choose a persistent need from the catalogue"));
	}

	@Test
	void anUnusedNeedChangesInPlaceAndMayBeDeletedButAUsedOneIsRetiredNeverDeleted() {
		// given
		PersistentNeed unused = add("Backup restores", Perspective.INTERNAL_PROCESS);
		PersistentNeed used = add("Security patching", Perspective.INTERNAL_PROCESS);
		Relationship relationship = fixtures.relationship(LocalDate.of(2026, 1, 1));
		define(relationship, used);

		// when / then: the unused one is rewritten in place, then deleted
		PersistentNeed changed = catalogue.updateNeed(unused.getId(), new NeedDetails("Backup restores tested", null,
				Perspective.CUSTOMER, levelOne.getId()), ADMIN);
		assertThat(changed.getId()).isEqualTo(unused.getId());
		assertThat(changed.getVersion()).isEqualTo(1);
		catalogue.deleteNeed(unused.getId(), ADMIN);
		added.remove(unused);
		assertThat(needs.findById(unused.getId())).isEmpty();

		// the used one is refused deletion, then retired: it stays, with its measure
		assertThatThrownBy(() -> catalogue.deleteNeed(used.getId(), ADMIN))
				.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsEntry("need",
						"Security patching is used by measures, so it stays; retire it to offer it no more"));
		PersistentNeed retired = catalogue.retireNeed(used.getId(), ADMIN);
		var firstRetirement = retired.getRetiredAt();
		assertThat(catalogue.retireNeed(used.getId(), ADMIN).getRetiredAt()).isEqualTo(firstRetirement);
		assertThat(needs.findById(used.getId())).hasValueSatisfying(n -> assertThat(n.isRetired()).isTrue());
		assertThat(needs.findUpToLevel(Integer.MAX_VALUE)).extracting(PersistentNeed::getId).doesNotContain(used.getId());
		assertThat(catalogue.needs()).extracting(PersistentNeed::getId).contains(used.getId());
		assertThatThrownBy(() -> define(fixtures.relationship(LocalDate.of(2026, 1, 1)), used, "Patching"))
				.isInstanceOf(ValidationException.class);
	}

	@Test
	void aLevelInUseChangesByANewVersionWhichItsCurrentNeedsMoveTo() {
		// given a measure on a need of level 5, so the level is in use
		HierarchyLevel top = levels.findByRank(5).orElseThrow();
		PersistentNeed innovation = needs.findByCode("INNOVATION_VALUE").orElseThrow();
		SuccessMeasure measure = define(fixtures.relationship(LocalDate.of(2026, 1, 1)), innovation);
		LevelDetails before = top.details();

		try {
			// when
			HierarchyLevel renamed = catalogue.updateLevel(top.getId(), new LevelDetails(5, "Strategic alliance",
					before.description(), 4), ADMIN);

			// then
			assertThat(renamed.getId()).isNotEqualTo(top.getId());
			assertThat(renamed.getVersion()).isEqualTo(top.getVersion() + 1);
			assertThat(levels.findByRank(5)).map(HierarchyLevel::getName).hasValue("Strategic alliance");
			assertThat(levels.findById(top.getId())).hasValueSatisfying(old -> {
				assertThat(old.getName()).isEqualTo(before.name());
				assertThat(old.getSupersededAt()).isNotNull();
			});
			PersistentNeed current = needs.findByCode("INNOVATION_VALUE").orElseThrow();
			assertThat(current.getLevel().getId()).isEqualTo(renamed.getId());
			assertThat(current.getId()).isNotEqualTo(innovation.getId());
			assertThat(measures.measure(measure.getId()).getNeed().getLevel().getName()).isEqualTo(before.name());
		}
		finally {
			HierarchyLevel current = levels.findByRank(5).orElseThrow();
			catalogue.updateLevel(current.getId(), before, ADMIN);
		}
	}

	@Test
	void badEntriesAreRefusedFieldByFieldAndNothingIsSaved() {
		// given
		long levelsBefore = levels.count();
		long needsBefore = needs.count();

		// when / then: a level named as another in other case, on another's order, with no such maturity
		assertThatThrownBy(() -> catalogue.createLevel(new LevelDetails(2, "systems RELIABILITY", null, 9), ADMIN))
				.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
						.containsEntry("name", "A level named 'Systems reliability' exists already")
						.containsEntry("rank", "Cost effectiveness has order 2 already")
						.containsEntry("minMaturity", "Choose the minimum maturity, 1 to 5"));
		assertThatThrownBy(() -> catalogue.createLevel(new LevelDetails(null, "  ", "d".repeat(1001), null), ADMIN))
				.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
						.containsEntry("name", "Give the level a name")
						.containsEntry("rank", "Give the level's order, a whole number from 1 to 99")
						.containsKey("description").containsKey("minMaturity"));
		// a need named as another, of no perspective, on a level that is none
		assertThatThrownBy(() -> catalogue.createNeed(new NeedDetails("SERVICE availability", null, null, 999_999L), ADMIN))
				.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
						.containsEntry("name", "A need named 'Service availability' exists already")
						.containsEntry("perspective", "Choose the scorecard perspective")
						.containsEntry("levelId", "Choose a level of the hierarchy"));
		// a maturity name another level has
		assertThatThrownBy(() -> catalogue.renameMaturityLevel(2, "initial", ADMIN))
				.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
						.containsEntry("name", "Maturity level 1 is named 'Initial' already"));
		assertThat(levels.count()).isEqualTo(levelsBefore);
		assertThat(needs.count()).isEqualTo(needsBefore);
	}

	private PersistentNeed add(String name, Perspective perspective) {
		PersistentNeed need = catalogue.createNeed(new NeedDetails(name, null, perspective, levelOne.getId()), ADMIN);
		added.add(need);
		return need;
	}

	private SuccessMeasure define(Relationship relationship, PersistentNeed need) {
		return define(relationship, need, need.getName());
	}

	private SuccessMeasure define(Relationship relationship, PersistentNeed need, String name) {
		return measures.define(relationship.getId(), new MeasureDraft(need.getId(), name, "%",
				Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(100), BigDecimal.valueOf(90), BigDecimal.ONE),
				CycleFixtures.MANAGER);
	}
}
