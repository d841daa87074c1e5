package org.pacer.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.catalogue.PersistentNeedRepository;
import org.pacer.common.ValidationException;
import org.pacer.measure.Direction;
import org.pacer.measure.MeasureDraft;
import org.pacer.measure.MeasureService;
import org.pacer.measure.MeasureVersion;
import org.pacer.measure.SuccessMeasure;
import org.pacer.measure.SuggestedMeasure;
import org.pacer.relationship.Relationship;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The library's services, no process driven: a template's change is its next version and never reaches a measure
 * defined from it, which names the version it copied; the rules of names, targets and weights; the seeded sets.
 */
@ProcessTest
class MeasureLibraryTests {

	private static final String EDITOR = "library-editor";

	@Autowired
	private MeasureLibrary library;

	@Autowired
	private MeasureService measures;

	@Autowired
	private PersistentNeedRepository needs;

	@Autowired
	private CycleFixtures fixtures;

	@Test
	void changingATemplateMakesItsNextVersionAndLeavesTheMeasureDefinedFromIt() {
		// given a measure defined from version 1 of a template
		SetView set = freshSet();
		TemplateView first = library.addTemplate(set.id(), draft("SERVICE_AVAILABILITY", "Availability", "99.9", "99.5", "2"),
				EDITOR);
		Relationship relationship = fixtures.relationship(fixtures.firstOfMonthsAgo(1));
		SuggestedMeasure suggested = library.current(first.id()).orElseThrow();
		SuccessMeasure measure = measures.define(relationship.getId(), suggested.draft(), CycleFixtures.MANAGER);

		// when the template changes
		TemplateView second = library.reviseTemplate(first.id(), draft("SERVICE_AVAILABILITY", "Availability of the shop",
				"99.95", "99.8", "3"), EDITOR);

		// then the template is at version 2, version 1 is kept, and the measure is what version 1 said
		assertThat(first.version()).isEqualTo(1);
		assertThat(second.version()).isEqualTo(2);
		assertThat(second.id()).isEqualTo(first.id());
		assertThat(library.history(first.id())).extracting(TemplateView::version, TemplateView::name)
				.containsExactly(tuple(2, "Availability of the shop"),
						tuple(1, "Availability"));
		assertThat(library.version(first.id(), 1)).map(SuggestedMeasure::target).hasValueSatisfying(
				t -> assertThat(t).isEqualByComparingTo("99.9"));
		SuccessMeasure stored = measures.measure(measure.getId());
		assertThat(stored.getName()).isEqualTo("Availability");
		assertThat(stored.getTemplateId()).isEqualTo(first.id());
		assertThat(stored.getTemplateVersion()).isEqualTo(1);
		List<MeasureVersion> versions = measures.versionsOf(List.of(stored));
		assertThat(versions).singleElement().satisfies(v -> {
			assertThat(v.getTarget()).isEqualByComparingTo("99.9");
			assertThat(v.getThreshold()).isEqualByComparingTo("99.5");
			assertThat(v.getWeight()).isEqualByComparingTo("2");
		});
	}

	@Test
	void savingTheSameValuesAgainMakesNoNewVersion() {
		// given
		SetView set = freshSet();
		TemplateDraft same = draft("MAJOR_INCIDENTS", "Major incidents", "5", "3", "1");
		TemplateView first = library.addTemplate(set.id(), same, EDITOR);

		// when
		TemplateView again = library.reviseTemplate(first.id(), same, EDITOR);

		// then
		assertThat(again.version()).isEqualTo(1);
		assertThat(library.history(first.id())).hasSize(1);
	}

	@Test
	void aTemplateNamesAreUniqueInASetInAnyCaseButMayRepeatInAnother() {
		// given
		SetView set = freshSet();
		SetView other = freshSet();
		library.addTemplate(set.id(), draft("SERVICE_AVAILABILITY", "Availability", "99.9", "99.5", "1"), EDITOR);
		TemplateView second = library.addTemplate(set.id(), draft("MAJOR_INCIDENTS", "Major incidents", "5", "3", "1"),
				EDITOR);

		// when / then
		assertThat(refusal(() -> library.addTemplate(set.id(), draft("INCIDENT_RESOLUTION", "AVAILABILITY", "6", "4", "1"),
				EDITOR))).containsEntry("name", "This set already has a template named 'AVAILABILITY'");
		assertThat(refusal(() -> library.reviseTemplate(second.id(), draft("MAJOR_INCIDENTS", "availability", "5", "3", "1"),
				EDITOR))).containsEntry("name", "This set already has a template named 'availability'");
		assertThat(library.addTemplate(other.id(), draft("SERVICE_AVAILABILITY", "Availability", "99.9", "99.5", "1"), EDITOR)
				.version()).isEqualTo(1);
		assertThat(refusal(() -> library.createSet(new SetDraft(set.name().toUpperCase(), null), EDITOR)))
				.containsKey("name");
	}

	@Test
	void targetsFollowTheMeasureRuleTheWeightIsPositiveAndTheNeedStays() {
		// given
		SetView set = freshSet();
		TemplateView template = library.addTemplate(set.id(), draft("SERVICE_AVAILABILITY", "Availability", "99.9", "99.5",
				"1"), EDITOR);

		// when
		var higherWrongSide = refusal(() -> library.addTemplate(set.id(), draft("STAFF_CONTINUITY", "Staff", "80", "90", "0"),
				EDITOR));
		var lowerWrongSide = refusal(() -> library.addTemplate(set.id(), new TemplateDraft(needId("INCIDENT_RESOLUTION"),
				"P1", null, "hours", Direction.LOWER_IS_BETTER, new BigDecimal("6"), new BigDecimal("4"),
				new BigDecimal("-1"), null, null, null), EDITOR));
		var otherNeed = refusal(() -> library.reviseTemplate(template.id(), draft("MAJOR_INCIDENTS", "Availability", "99.9",
				"99.5", "1"), EDITOR));

		// then
		assertThat(higherWrongSide).containsEntry("threshold",
				"When higher is better, the amber line must not be above the target")
				.containsEntry("weight", "The weight must be more than 0");
		assertThat(lowerWrongSide).containsEntry("threshold",
				"When lower is better, the amber line must not be below the target")
				.containsEntry("weight", "The weight must be more than 0")
				.containsEntry("reportedBy", "Say who reports the results");
		assertThat(otherNeed).containsEntry("needId", "A template stays with its need: add a new template for another need");
		assertThat(library.history(template.id())).hasSize(1);
	}

	@Test
	void aMeasureNamesOnlyATemplateVersionTheLibraryHasOfItsOwnNeed() {
		// given
		SetView set = freshSet();
		TemplateView template = library.addTemplate(set.id(), draft("SERVICE_AVAILABILITY", "Availability", "99.9", "99.5",
				"1"), EDITOR);
		Relationship relationship = fixtures.relationship(fixtures.firstOfMonthsAgo(1));
		MeasureDraft fromTemplate = library.current(template.id()).orElseThrow().draft();

		// when / then
		assertThat(refusal(() -> measures.define(relationship.getId(), withOrigin(fromTemplate, fromTemplate.needId(),
				template.id(), 7), CycleFixtures.MANAGER)))
				.containsEntry("templateId", "This template version is not in the measure library");
		assertThat(refusal(() -> measures.define(relationship.getId(), withOrigin(fromTemplate,
				needId("MAJOR_INCIDENTS"), template.id(), 1), CycleFixtures.MANAGER)))
				.containsEntry("needId", "The library template Availability measures another need");
		assertThat(measures.measuresOf(relationship.getId())).isEmpty();
	}

	@Test
	void theSeededSetsCoverTheCatalogueUpToTheirLevel() {
		// when
		List<SetView> sets = library.sets();

		// then Managed hosting has every need of levels 1 and 2, Service desk every need up to level 3
		SetView hosting = sets.stream().filter(s -> s.name().equals("Managed hosting")).findFirst().orElseThrow();
		SetView desk = sets.stream().filter(s -> s.name().equals("Service desk")).findFirst().orElseThrow();
		assertThat(hosting.templates()).extracting(TemplateView::needId)
				.containsAll(needs.findUpToLevel(2).stream().map(n -> n.getId()).toList());
		assertThat(desk.templates()).extracting(TemplateView::needId)
				.containsAll(needs.findUpToLevel(3).stream().map(n -> n.getId()).toList());
		assertThat(desk.templates()).allSatisfy(t -> assertThat(t.version()).isEqualTo(1))
				.anySatisfy(t -> assertThat(t.reportedBy()).isEqualTo(Reporter.SURVEY));
	}

	private SetView freshSet() {
		return library.createSet(new SetDraft("Set " + UUID.randomUUID().toString().substring(0, 8), "for a test"), EDITOR);
	}

	private TemplateDraft draft(String needCode, String name, String target, String threshold, String weight) {
		return new TemplateDraft(needId(needCode), name, "What it counts", "%", Direction.HIGHER_IS_BETTER,
				new BigDecimal(target), new BigDecimal(threshold), new BigDecimal(weight), Reporter.PROVIDER,
				BigDecimal.ZERO, new BigDecimal("100"));
	}

	private long needId(String code) {
		return needs.findByCode(code).orElseThrow().getId();
	}

	private static MeasureDraft withOrigin(MeasureDraft draft, Long needId, Long templateId, Integer version) {
		return new MeasureDraft(needId, draft.name(), draft.unit(), draft.direction(), draft.target(), draft.threshold(),
				draft.weight(), draft.valid(), templateId, version);
	}

	private static Map<String, String> refusal(Runnable call) {
		return ((ValidationException) catchThrowable(call::run)).fieldErrors();
	}
}
