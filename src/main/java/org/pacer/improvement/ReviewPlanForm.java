package org.pacer.improvement;

import static org.pacer.improvement.ImprovementProcess.CHANGE_COMMENTS;
import static org.pacer.improvement.ImprovementProcess.PLAN_APPROVED;

import java.util.HashMap;
import java.util.Map;

import org.pacer.taskform.FormFields;
import org.pacer.taskform.TaskContext;
import org.pacer.taskform.TaskForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/** Task_ReviewImprovementPlan: the manager reads the plan and its actions, and approves it or asks for changes. */
@Component
class ReviewPlanForm implements TaskForm {

	private final SubmitPlanForm plans;

	public ReviewPlanForm(SubmitPlanForm plans) {
		this.plans = plans;
	}

	@Override
	public String taskKey() {
		return "Task_ReviewImprovementPlan";
	}

	@Override
	public String view() {
		return "tasks/review-plan";
	}

	@Override
	public void show(TaskContext task, Model model) {
		plans.showPlan(task, model);
	}

	@Override
	public Map<String, Object> read(TaskContext task, MultiValueMap<String, String> form) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(PLAN_APPROVED.name(), FormFields.choice(form, PLAN_APPROVED.name()));
		variables.put(CHANGE_COMMENTS.name(), FormFields.text(form, CHANGE_COMMENTS.name()));
		return variables;
	}
}
