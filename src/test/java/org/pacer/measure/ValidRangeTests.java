package org.pacer.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.catalogue.PersistentNeedRepository;
import org.pacer.common.ValidationException;
import org.pacer.library.MeasureLibrary;
import org.pacer.library.TemplateView;
import org.pacer.relationship.Relationship;
import org.pacer.result.ResultEntry;
import org.pacer.result.ResultService;
import org.pacer.result.ResultSource;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A measure's valid values: a result outside them (over 100 % availability, a negative count) is refused by name
 * wherever it comes from, the range itself must make sense, and the library's seeded templates carry theirs.
 */
@ProcessTest
class ValidRangeTests {

	private static final Set<String> SEEDED_SETS = Set.of("Managed hosting", "Service desk");

	private static final ValidRange SHARE = new ValidRange(BigDecimal.ZERO, new BigDecimal("100"));

	@Autowired
	private MeasureService measures;

	@Autowired
	private ResultService results;

	@Autowired
	private PersistentNeedRepository needs;

	@Autowired
	private MeasureLibrary library;

	@Autowired
	private List<MeasureSuggestions> suggestions;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private PacerClock clock;

	@Test
	void aResultOutsideTheValidValuesIsRefusedAndTheEndsAreTaken() {
		// given a measure of availability, valid from 0 to 100 %
		LocalDate period = clock.today().withDayOfMonth(1).minusMonths(1);
		Relationship relationship = fixtures.relationship(period);
		SuccessMeasure availability = measures.define(relationship.getId(), draft("Availability", "99.9", "99.5",
				SHARE), CycleFixtures.MANAGER);

		// when / then: 100.06 % is refused, naming the measure, the range and the value
		assertThat(refusal(() -> submit(relationship, period, availability, "100.06")))
				.containsEntry("rows[0].value", "Availability takes 0 to 100 %; 100.06 is outside");
		assertThat(refusal(() -> submit(relationship, period, availability, "-0.5"))).containsKey("rows[0].value");
		assertThat(results.resultsFor(List.of(availability), period)).as("nothing saved").isEmpty();

		// and both ends are valid values
		submit(relationship, period, availability, "100");
		submit(relationship, period, availability, "0");
		assertThat(results.resultsFor(List.of(availability), period)).singleElement()
				.satisfies(r -> assertThat(r.getValue()).isEqualByComparingTo("0"));

		// and a result of the time before Pacer follows the same rule
		assertThat(refusal(() -> results.recordHistory(relationship.getId(), relationship.firstPeriod().minusMonths(1),
				new ResultEntry(availability.getId(), new BigDecimal("101"), null), CycleFixtures.MANAGER)))
				.containsEntry("value", "Availability takes 0 to 100 %; 101 is outside");
	}

	@Test
	void theRangeMustHoldTheTargetAndTheAmberLine() {
		Relationship relationship = fixtures.relationship(clock.today().withDayOfMonth(1));

		assertThat(refusal(() -> measures.define(relationship.getId(), draft("Upside down", "50", "40",
				new ValidRange(new BigDecimal("100"), BigDecimal.ZERO)), CycleFixtures.MANAGER)))
				.containsEntry("validMax", "The highest valid value must be above the lowest (100)");
		assertThat(refusal(() -> measures.define(relationship.getId(), draft("Beyond", "120", "90", SHARE),
				CycleFixtures.MANAGER))).containsEntry("target", "The target is outside the valid values (0 to 100 %)");

		// a later target follows the measure's range too
		SuccessMeasure measure = measures.define(relationship.getId(), draft("Within", "95", "90", SHARE),
				CycleFixtures.MANAGER);
		assertThat(refusal(() -> measures.changeTargets(measure.getId(), relationship.firstPeriod(),
				new BigDecimal("101"), new BigDecimal("90"), BigDecimal.ONE, CycleFixtures.MANAGER)))
				.containsKey("target");
	}

	@Test
	void theSeededLibraryTemplatesCarryTheirRangesIntoTheMeasure() {
		// every seeded template's own target and amber line lie within its range, so copying it never fails
		List<TemplateView> seeded = library.sets().stream().filter(set -> SEEDED_SETS.contains(set.name()))
				.flatMap(set -> set.templates().stream()).filter(t -> t.changedBy().equals("system")).toList();
		assertThat(seeded).isNotEmpty().allSatisfy(t -> assertThat(t.valid().contains(t.target())
				&& t.valid().contains(t.threshold())).as(t.name()).isTrue());
		TemplateView availability = seeded.stream().filter(t -> t.name().equals("Service availability")).findFirst()
				.orElseThrow();
		assertThat(availability.valid().describe("%")).isEqualTo("0 to 100 %");
		assertThat(seeded).filteredOn(t -> t.name().endsWith("change")).hasSize(2).allSatisfy(t ->
				assertThat(t.valid().isOpen()).as("a cost can fall").isTrue());

		// and a measure copied from it keeps the range
		SuggestedMeasure template = suggestions.stream().flatMap(l -> l.current(availability.id()).stream())
				.findFirst().orElseThrow();
		Relationship relationship = fixtures.relationship(clock.today().withDayOfMonth(1));
		SuccessMeasure measure = measures.define(relationship.getId(), template.draft(), CycleFixtures.MANAGER);
		assertThat(measure.getValidRange().contains(new BigDecimal("100"))).isTrue();
		assertThat(measure.getValidRange().contains(new BigDecimal("100.06"))).isFalse();
	}

	private void submit(Relationship relationship, LocalDate period, SuccessMeasure measure, String value) {
		results.submit(relationship.getId(), period, List.of(new ResultEntry(measure.getId(), new BigDecimal(value),
				null)), ResultSource.FORM, "provider");
	}

	private MeasureDraft draft(String name, String target, String threshold, ValidRange valid) {
		return new MeasureDraft(needs.findByCode("SERVICE_AVAILABILITY").orElseThrow().getId(), name, "%",
				Direction.HIGHER_IS_BETTER, new BigDecimal(target), new BigDecimal(threshold), BigDecimal.ONE, valid,
				null, null);
	}

	private static Map<String, String> refusal(Runnable call) {
		try {
			call.run();
		}
		catch (ValidationException e) {
			return e.fieldErrors();
		}
		throw new AssertionError("not refused");
	}
}
