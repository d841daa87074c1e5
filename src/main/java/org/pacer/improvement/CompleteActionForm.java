package org.pacer.improvement;

import static org.pacer.improvement.ImprovementProcess.ACTION_ID;
import static org.pacer.improvement.ImprovementProcess.COMPLETION_NOTE;

import java.util.HashMap;
import java.util.Map;

import org.pacer.taskform.FormFields;
import org.pacer.taskform.TaskContext;
import org.pacer.taskform.TaskForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/** Task_CompleteAction: the owner of one action of an approved plan marks it done, with a note on what was done. */
@Component
class CompleteActionForm implements TaskForm {

	private final SubmitPlanForm plans;

	private final ImprovementService improvements;

	public CompleteActionForm(SubmitPlanForm plans, ImprovementService improvements) {
		this.plans = plans;
		this.improvements = improvements;
	}

	@Override
	public String taskKey() {
		return "Task_CompleteAction";
	}

	@Override
	public String view() {
		return "tasks/complete-action";
	}

	@Override
	public void show(TaskContext task, Model model) {
		plans.showPlan(task, model);
		model.addAttribute("action", improvements.action(task.id(ACTION_ID.name())));
	}

	@Override
	public Map<String, Object> read(TaskContext task, MultiValueMap<String, String> form) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(COMPLETION_NOTE.name(), FormFields.text(form, COMPLETION_NOTE.name()));
		return variables;
	}
}
