package org.pacer.taskform;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.pacer.common.NotFoundException;
import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;
import org.pacer.process.RejectedInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opens a task in its purpose-built form and completes it. A refused completion shows the form again with each
 * error next to its field and the values as entered; the engine rolled everything back, so nothing is half saved.
 */
@Controller
class TaskFormController {

	private final TaskForms forms;

	private final TaskService tasks;

	private final FinishedTasks finished;

	TaskFormController(TaskForms forms, TaskService tasks, FinishedTasks finished) {
		this.finished = finished;
		this.forms = forms;
		this.tasks = tasks;
	}

	/**
	 * Where Camunda Tasklist's "Open form" leads: every Pacer user task carries this as its external form key, so
	 * Tasklist opens Pacer's own form (with its checks) instead of a generic one. Tasklist adds the task's id.
	 */
	@GetMapping(TaskForms.EXTERNAL_FORM_KEY)
	String openFromTasklist(@RequestParam String taskId) {
		return "redirect:" + UriComponentsBuilder.fromPath("/tasks/{id}").buildAndExpand(taskId).encode().toUriString();
	}

	@GetMapping("/tasks/{taskId}")
	String show(@PathVariable String taskId, Model model) {
		TaskContext task;
		try {
			task = forms.open(taskId);
		}
		catch (NotFoundException notOpen) {
			// a link from a notification to a task done since: say who did it and when, not a bare 404
			FinishedTasks.FinishedTask done = finished.find(taskId).orElseThrow(() -> notOpen);
			model.addAttribute("done", done);
			return "tasks/finished";
		}
		model.addAttribute("values", Map.of());
		model.addAttribute("errors", Map.of());
		return forms.render(forms.form(task.task()), task, model);
	}

	@PostMapping("/tasks/{taskId}")
	String complete(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> posted, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		TaskContext task = forms.openToComplete(taskId);
		TaskForm form = forms.form(task.task());
		try {
			Map<String, Object> variables = form.read(task, posted);
			if (task.task().getAssignee() == null) {
				tasks.claim(taskId, CurrentUser.signedIn().id());
			}
			tasks.complete(taskId, variables);
		}
		catch (ValidationException e) {
			return forms.refused(form, task, posted, e.fieldErrors(), model, response);
		}
		catch (RejectedInput e) {
			return forms.refused(form, task, posted, e.fieldErrors(), model, response);
		}
		catch (NullValueException e) {
			// completed by someone else between opening it here and completing it: a conflict, not a failure
			throw forms.conflictIfGone(taskId, e);
		}
		redirect.addFlashAttribute("done", task.task().getName()
				+ (task.relationship() == null ? " done" : " done for " + task.relationship().getName()));
		return "redirect:/tasks";
	}
}
