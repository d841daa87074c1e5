package org.pacer.improvement;

import static org.pacer.improvement.ImprovementProcess.EVIDENCE;
import static org.pacer.improvement.ImprovementProcess.MATURITY_LEVEL;

import java.util.HashMap;
import java.util.Map;

import org.pacer.taskform.FormFields;
import org.pacer.taskform.TaskContext;
import org.pacer.taskform.TaskForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * Task_AssessMaturity: with every action done, the manager reads what was done against the plan's target and the
 * maturity history, and records the provider's maturity level with the evidence for it.
 */
@Component
class AssessMaturityForm implements TaskForm {

	private final SubmitPlanForm plans;

	private final ImprovementService improvements;

	public AssessMaturityForm(SubmitPlanForm plans, ImprovementService improvements) {
		this.plans = plans;
		this.improvements = improvements;
	}

	@Override
	public String taskKey() {
		return "Task_AssessMaturity";
	}

	@Override
	public String view() {
		return "tasks/assess-maturity";
	}

	@Override
	public void show(TaskContext task, Model model) {
		plans.showPlan(task, model);
		model.addAttribute("history", improvements.maturityOf(task.relationship().getId()));
	}

	@Override
	public Map<String, Object> read(TaskContext task, MultiValueMap<String, String> form) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(MATURITY_LEVEL.name(), FormFields.whole(form, MATURITY_LEVEL.name()));
		variables.put(EVIDENCE.name(), FormFields.text(form, EVIDENCE.name()));
		return variables;
	}
}
