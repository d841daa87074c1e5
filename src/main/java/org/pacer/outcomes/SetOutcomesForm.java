package org.pacer.outcomes;

import static org.pacer.relationship.LifecycleProcess.CURRENT_LEVEL;
import static org.pacer.relationship.LifecycleProcess.EXPECTED_LEVEL;
import static org.pacer.relationship.LifecycleProcess.RAMP_UP_MONTHS;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pacer.catalogue.HierarchyLevelRepository;
import org.pacer.catalogue.MaturityLevel;
import org.pacer.catalogue.MaturityLevelRepository;
import org.pacer.process.ProcessVariable;
import org.pacer.relationship.Relationship;
import org.pacer.taskform.FormFields;
import org.pacer.taskform.TaskContext;
import org.pacer.taskform.TaskForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * Task_SetExpectedOutcomes: the manager picks, on the hierarchy of needs, the level the provider must deliver and
 * the level it delivers today, and the months of ramp-up to close the gap.
 */
@Component
class SetOutcomesForm implements TaskForm {

	private final HierarchyLevelRepository levels;

	private final MaturityLevelRepository maturityLevels;

	public SetOutcomesForm(HierarchyLevelRepository levels, MaturityLevelRepository maturityLevels) {
		this.levels = levels;
		this.maturityLevels = maturityLevels;
	}

	@Override
	public String taskKey() {
		return "Task_SetExpectedOutcomes";
	}

	@Override
	public String view() {
		return "tasks/set-outcomes";
	}

	@Override
	public void show(TaskContext task, Model model) {
		model.addAttribute("levels", levels.findAllByOrderByRankAsc());
		model.addAttribute("maturity", maturityLevels.findAll().stream()
				.collect(Collectors.toMap(MaturityLevel::getLevel, Function.identity())));
		// what was chosen before, when the task comes back (the form's own values win after a refusal)
		Relationship relationship = task.relationship();
		Map<String, String> stored = new HashMap<>();
		stored.put(EXPECTED_LEVEL.name(), text(relationship.getExpectedLevel()));
		stored.put(CURRENT_LEVEL.name(), text(relationship.getAchievedLevel()));
		stored.put(RAMP_UP_MONTHS.name(), String.valueOf(relationship.getRampUpMonths()));
		model.addAttribute("stored", stored);
	}

	@Override
	public Map<String, Object> read(TaskContext task, MultiValueMap<String, String> form) {
		Map<String, Object> variables = new HashMap<>();
		for (ProcessVariable<Integer> field : List.of(EXPECTED_LEVEL, CURRENT_LEVEL, RAMP_UP_MONTHS)) {
			Integer value = FormFields.whole(form, field.name());
			variables.put(field.name(), value == null ? null : value.longValue());
		}
		return variables;
	}

	private static String text(Integer value) {
		return value == null ? null : value.toString();
	}
}
