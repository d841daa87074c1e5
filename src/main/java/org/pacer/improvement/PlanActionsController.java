package org.pacer.improvement;

import static org.pacer.improvement.ImprovementProcess.PLAN_ID;

import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.pacer.common.NotFoundException;
import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;
import org.pacer.taskform.FormFields;
import org.pacer.taskform.InPlaceEdit;
import org.pacer.taskform.TaskContext;
import org.pacer.taskform.TaskForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Adds and removes the action rows of the plan in place (htmx) while its Task_SubmitImprovementPlan is open. Each
 * answer is the plan's action section again; a refused row comes back with 400, its errors next to its fields and
 * its values as entered.
 */
@Controller
@RequestMapping("/tasks/{taskId}/actions")
class PlanActionsController {

	private static final String ACTION_SECTION = "tasks/submit-plan :: actions";

	private final TaskForms taskForms;

	private final SubmitPlanForm form;

	private final ImprovementService improvements;

	public PlanActionsController(TaskForms taskForms, SubmitPlanForm form, ImprovementService improvements) {
		this.taskForms = taskForms;
		this.form = form;
		this.improvements = improvements;
	}

	@PostMapping
	public String add(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> posted, Model model,
			HttpServletResponse response) {
		TaskContext task = taskForms.open(taskId, form);
		return answer(task, posted, model, response,
				() -> improvements.addAction(task.id(PLAN_ID.name()), draft(posted), CurrentUser.signedIn().id()));
	}

	@DeleteMapping("/{actionId}")
	public String remove(@PathVariable String taskId, @PathVariable long actionId, Model model,
			HttpServletResponse response) {
		TaskContext task = taskForms.open(taskId, form);
		// an action of another plan is as unknown here as one that does not exist
		if (!Objects.equals(improvements.action(actionId).getPlanId(), task.id(PLAN_ID.name()))) {
			throw new NotFoundException("Action", actionId);
		}
		return answer(task, new LinkedMultiValueMap<>(), model, response,
				() -> improvements.removeAction(actionId, CurrentUser.signedIn().id()));
	}

	private String answer(TaskContext task, MultiValueMap<String, String> posted, Model model,
			HttpServletResponse response, Runnable change) {
		return InPlaceEdit.answer(task, posted, model, response, change, m -> form.showActionRows(task, m),
				ACTION_SECTION);
	}

	private static ActionDraft draft(MultiValueMap<String, String> posted) {
		Integer measureId = FormFields.whole(posted, "measureId");
		return new ActionDraft(FormFields.text(posted, "description"), side(FormFields.text(posted, "ownerSide")),
				FormFields.text(posted, "ownerUser"), FormFields.date(posted, "dueDate"),
				measureId == null ? null : measureId.longValue());
	}

	private static OwnerSide side(String value) {
		try {
			return value == null ? null : OwnerSide.valueOf(value);
		}
		catch (IllegalArgumentException e) {
			throw ValidationException.of("ownerSide", "Choose the provider or the client as owner side");
		}
	}
}
