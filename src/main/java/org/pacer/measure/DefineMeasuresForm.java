package org.pacer.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pacer.catalogue.HierarchyLevelRepository;
import org.pacer.catalogue.PersistentNeed;
import org.pacer.catalogue.PersistentNeedRepository;
import org.pacer.relationship.Relationship;
import org.pacer.taskform.TaskContext;
import org.pacer.taskform.TaskForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * Task_DefineSuccessMeasures: the manager adds and removes measures in place ({@link MeasureRowsController}), sets
 * their glide path when the provider ramps up, and watches the coverage of the persistent needs up to the expected
 * level. Completing needs no variables: the process checks the coverage itself and sends the task back with the
 * needs still missing.
 */
@Component
class DefineMeasuresForm implements TaskForm {

	private final MeasureService measures;

	private final PersistentNeedRepository needs;

	private final HierarchyLevelRepository levels;

	private final List<MeasureSuggestions> library;

	public DefineMeasuresForm(MeasureService measures, PersistentNeedRepository needs, HierarchyLevelRepository levels,
			List<MeasureSuggestions> library) {
		this.measures = measures;
		this.needs = needs;
		this.levels = levels;
		this.library = library;
	}

	@Override
	public String taskKey() {
		return "Task_DefineSuccessMeasures";
	}

	@Override
	public String view() {
		return "tasks/define-measures";
	}

	@Override
	public void show(TaskContext task, Model model) {
		Integer expected = task.relationship().getExpectedLevel();
		model.addAttribute("expectedLevel", expected == null ? null : levels.findByRank(expected).orElse(null));
		showEditor(task, model);
	}

	/** What the measure editor shows: the measures with their targets, the catalogue to add from, the coverage. */
	public void showEditor(TaskContext task, Model model) {
		long relationshipId = task.relationship().getId();
		List<SuccessMeasure> all = measures.measuresOf(relationshipId);
		model.addAttribute("measures", all);
		model.addAttribute("versions", measures.currentVersions(all, task.relationship().firstPeriod()).stream()
				.collect(Collectors.toMap(MeasureVersion::getMeasureId, Function.identity())));
		model.addAttribute("needsByLevel", needs.findUpToLevel(Integer.MAX_VALUE).stream()
				.collect(Collectors.groupingBy(DefineMeasuresForm::levelLabel, LinkedHashMap::new, Collectors.toList())));
		Coverage coverage = measures.coverage(relationshipId);
		model.addAttribute("coverage", coverage);
		model.addAttribute("suggestions", suggestionsFor(coverage.missing()));
		model.addAttribute("directions", Direction.values());
		model.addAttribute("glidePath", glidePath(task.relationship(), all));
	}

	/** The library's templates for each need still without a measure, in the order the needs are missing. */
	private Map<Long, List<SuggestedMeasure>> suggestionsFor(List<PersistentNeed> missing) {
		List<Long> needIds = missing.stream().map(PersistentNeed::getId).toList();
		Map<Long, List<SuggestedMeasure>> byNeed = library.stream().flatMap(l -> l.forNeeds(needIds).stream())
				.collect(Collectors.groupingBy(SuggestedMeasure::needId));
		Map<Long, List<SuggestedMeasure>> ordered = new LinkedHashMap<>();
		needIds.stream().filter(byNeed::containsKey).forEach(id -> ordered.put(id, byNeed.get(id)));
		return ordered;
	}

	/** Each measure's interim targets per ramp-up period; no cells when the relationship needs no ramp-up. */
	private Map<Long, List<GlideCell>> glidePath(Relationship relationship, List<SuccessMeasure> all) {
		List<LocalDate> periods = measures.rampUpPeriods(relationship.getId());
		Map<Long, Map<LocalDate, BigDecimal>> saved = periods.isEmpty() ? Map.of()
				: measures.glidePathOf(all).stream().collect(Collectors.groupingBy(GlidePathTarget::getMeasureId,
						Collectors.toMap(GlidePathTarget::getPeriodStart, GlidePathTarget::getTarget)));
		return all.stream().collect(Collectors.toMap(SuccessMeasure::getId, m -> periods.stream()
				.map(p -> new GlideCell(relationship.periodLabel(p), GlideCell.field(m.getId(), p),
						saved.getOrDefault(m.getId(), Map.of()).get(p)))
				.toList()));
	}

	/** The interim target of a measure for one ramp-up period, as the editor shows it (target null: none set). */
	public record GlideCell(String label, String field, BigDecimal target) {

		static String field(long measureId, LocalDate period) {
			return "glide_" + measureId + "_" + period;
		}
	}

	@Override
	public Map<String, Object> read(TaskContext task, MultiValueMap<String, String> form) {
		return Map.of();
	}

	private static String levelLabel(PersistentNeed need) {
		return "Level " + need.getLevel().getRank() + " · " + need.getLevel().getName();
	}
}
