package org.pacer.outcomes;

import org.pacer.relationship.Relationship;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pacer.catalogue.HierarchyLevelRepository;
import org.pacer.catalogue.MaturityLevel;
import org.pacer.catalogue.MaturityLevelRepository;
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
		stored.put("expectedLevel", text(relationship.getExpectedLevel()));
		stored.put("currentLevel", text(relationship.getAchievedLevel()));
		stored.put("rampUpMonths", String.valueOf(relationship.getRampUpMonths()));
		model.addAttribute("stored", stored);
	}

	@Override
	public Map<String, Object> read(TaskContext task, MultiValueMap<String, String> form) {
		Map<String, Object> variables = new HashMap<>();
		for (String field : new String[] { "expectedLevel", "currentLevel", "rampUpMonths" }) {
			Integer value = FormFields.whole(form, field);
			variables.put(field, value == null ? null : value.longValue());
		}
		return variables;
	}

	private static String text(Integer value) {
		return value == null ? null : value.toString();
	}
}
