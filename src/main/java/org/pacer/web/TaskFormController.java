package org.pacer.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.pacer.common.NotFoundException;
import org.pacer.common.ValidationException;
import org.pacer.identity.Access;
import org.pacer.process.RejectedInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Opens a task in its purpose-built form and completes it. A refused completion shows the form again with each
 * error next to its field and the values as entered; the engine rolled everything back, so nothing is half saved.
 */
@Controller
public class TaskFormController {

	private final Access access;

	private final TaskService tasks;

	private final Map<String, TaskForm> forms;

	private final FallbackTaskForm fallback;

	public TaskFormController(Access access, TaskService tasks, List<TaskForm> forms, FallbackTaskForm fallback) {
		this.access = access;
		this.tasks = tasks;
		this.forms = forms.stream().filter(form -> form != fallback)
				.collect(Collectors.toMap(TaskForm::taskKey, Function.identity()));
		this.fallback = fallback;
	}

	@GetMapping("/tasks/{taskId}")
	public String show(@PathVariable String taskId, Model model) {
		TaskContext task = open(taskId);
		TaskForm form = form(task.task());
		model.addAttribute("values", Map.of());
		model.addAttribute("errors", Map.of());
		return render(form, task, model);
	}

	@PostMapping("/tasks/{taskId}")
	public String complete(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> posted, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		TaskContext task = openToComplete(taskId);
		TaskForm form = form(task.task());
		try {
			Map<String, Object> variables = form.read(task, posted);
			if (task.task().getAssignee() == null) {
				tasks.claim(taskId, access.me().id());
			}
			tasks.complete(taskId, variables);
		}
		catch (ValidationException e) {
			return refused(form, task, posted, e.fieldErrors(), model, response);
		}
		catch (RejectedInput e) {
			return refused(form, task, posted, e.fieldErrors(), model, response);
		}
		catch (NullValueException e) {
			// completed by someone else between opening it here and completing it: a conflict, not a failure
			if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
				throw new TaskConflict(TaskConflicts.NO_LONGER_OPEN);
			}
			throw e;
		}
		redirect.addFlashAttribute("done", task.task().getName()
				+ (task.relationship() == null ? " done" : " done for " + task.relationship().getName()));
		return "redirect:/tasks";
	}

	/** The form drawn again after a refusal: 400, the errors next to their fields, the values as entered. */
	public String refused(TaskForm form, TaskContext task, MultiValueMap<String, String> posted,
			Map<String, String> errors, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("values", posted.toSingleValueMap());
		model.addAttribute("errors", errors);
		return render(form, task, model);
	}

	private String render(TaskForm form, TaskContext task, Model model) {
		model.addAttribute("task", task.task());
		model.addAttribute("relationship", task.relationship());
		model.addAttribute("vars", task.variables());
		form.show(task, model);
		return form.view();
	}

	/** The task, its relationship and variables, if the signed-in user may work on it. */
	public TaskContext open(String taskId) {
		Task task = access.workableTask(taskId);
		Map<String, Object> variables = new HashMap<>(tasks.getVariables(taskId));
		Object relationshipId = variables.get("relationshipId");
		if (relationshipId instanceof Number id) {
			return new TaskContext(task, access.relationship(id.longValue()), variables);
		}
		// a task outside any relationship (a process a process owner built) opens in the fallback form only
		if (forms.containsKey(task.getTaskDefinitionKey())) {
			throw new NotFoundException("Task", taskId);
		}
		return new TaskContext(task, null, variables);
	}

	/**
	 * The task about to be completed. Gone from the engine means someone else completed it first (the same answer for
	 * an id that never existed, so it tells nobody anything): a conflict, not "not found".
	 */
	private TaskContext openToComplete(String taskId) {
		try {
			return open(taskId);
		}
		catch (NotFoundException e) {
			if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
				throw new TaskConflict(TaskConflicts.NO_LONGER_OPEN);
			}
			throw e;
		}
	}

	/** The task if it is one of the given form's tasks; for any other task, the form's extra endpoints do not exist. */
	public TaskContext open(String taskId, TaskForm form) {
		TaskContext task = open(taskId);
		if (!form.taskKey().equals(task.task().getTaskDefinitionKey())) {
			throw new NotFoundException("Task", taskId);
		}
		return task;
	}

	/** The purpose-built form of the task's key, or the fallback form for a step added without one. */
	private TaskForm form(Task task) {
		return forms.getOrDefault(task.getTaskDefinitionKey(), fallback);
	}
}
