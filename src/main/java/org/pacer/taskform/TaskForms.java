package org.pacer.taskform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pacer.common.NotFoundException;
import org.pacer.identity.CurrentUser;
import org.pacer.process.Processes;
import org.pacer.process.TaskConflict;
import org.pacer.relationship.RelationshipAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * What every task page needs, in one place: the task if the signed-in user may work on it, its relationship and
 * variables, the purpose-built form of its kind, and the form drawn again after a refusal. The task form controller
 * and the controllers of a form's extra endpoints (rows added in place, an uploaded file) all use it.
 */
@Service
public class TaskForms {

	/** The external form key of every Pacer user task: Camunda Tasklist links it as "Open form" (decision 30). */
	public static final String EXTERNAL_FORM_KEY = "/tasks/open";

	private final RelationshipAccess access;

	private final TaskService tasks;

	private final Map<String, TaskForm> forms;

	private final FallbackTaskForm fallback;

	TaskForms(RelationshipAccess access, TaskService tasks, List<TaskForm> forms, FallbackTaskForm fallback) {
		this.access = access;
		this.tasks = tasks;
		this.forms = forms.stream().filter(form -> form != fallback)
				.collect(Collectors.toMap(TaskForm::taskKey, Function.identity()));
		this.fallback = fallback;
	}

	/** A task the user may work on: assigned to them, or offered to one of their groups. */
	public Task workableTask(String taskId) {
		CurrentUser me = CurrentUser.signedIn();
		Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
		if (task == null) {
			throw new NotFoundException("Task", taskId);
		}
		boolean mine = me.id().equals(task.getAssignee());
		boolean offered = task.getAssignee() == null && tasks.createTaskQuery().taskId(taskId).taskCandidateUser(me.id())
				.count() == 1;
		if (!mine && !offered) {
			// a task assigned to a colleague is no secret to the client side; to a provider it does not exist
			if (me.seesAllRelationships() && task.getAssignee() != null) {
				throw new AccessDeniedException("Task " + taskId + " is assigned to " + task.getAssignee());
			}
			throw new NotFoundException("Task", taskId);
		}
		return task;
	}

	/** The task, its relationship and variables, if the signed-in user may work on it. */
	public TaskContext open(String taskId) {
		Task task = workableTask(taskId);
		Map<String, Object> variables = new HashMap<>(tasks.getVariables(taskId));
		Object relationshipId = variables.get(Processes.RELATIONSHIP_ID.name());
		if (relationshipId instanceof Number id) {
			return new TaskContext(task, access.relationship(id.longValue()), variables);
		}
		// a task outside any relationship (a process a process owner built) opens in the fallback form only
		if (forms.containsKey(task.getTaskDefinitionKey())) {
			throw new NotFoundException("Task", taskId);
		}
		return new TaskContext(task, null, variables);
	}

	/** The task if it is one of the given form's tasks; for any other task, the form's extra endpoints do not exist. */
	public TaskContext open(String taskId, TaskForm form) {
		TaskContext task = open(taskId);
		if (!form.taskKey().equals(task.task().getTaskDefinitionKey())) {
			throw new NotFoundException("Task", taskId);
		}
		return task;
	}

	/**
	 * The task about to be completed. Gone from the engine means someone else completed it first (the same answer for
	 * an id that never existed, so it tells nobody anything): a conflict, not "not found".
	 */
	TaskContext openToComplete(String taskId) {
		try {
			return open(taskId);
		}
		catch (NotFoundException e) {
			throw conflictIfGone(taskId, e);
		}
	}

	/** The conflict when the task is gone from the engine; else the failure as it was. */
	<E extends RuntimeException> RuntimeException conflictIfGone(String taskId, E failure) {
		return tasks.createTaskQuery().taskId(taskId).count() == 0 ? new TaskConflict(TaskConflict.NO_LONGER_OPEN)
				: failure;
	}

	/** The purpose-built form of the task's key, or the fallback form for a step added without one. */
	TaskForm form(Task task) {
		return forms.getOrDefault(task.getTaskDefinitionKey(), fallback);
	}

	/** The form drawn again after a refusal: 400, the errors next to their fields, the values as entered. */
	public String refused(TaskForm form, TaskContext task, MultiValueMap<String, String> posted,
			Map<String, String> errors, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("values", posted.toSingleValueMap());
		model.addAttribute("errors", errors);
		return render(form, task, model);
	}

	String render(TaskForm form, TaskContext task, Model model) {
		model.addAttribute("task", task.task());
		model.addAttribute("relationship", task.relationship());
		model.addAttribute("vars", task.variables());
		form.show(task, model);
		return form.view();
	}
}
