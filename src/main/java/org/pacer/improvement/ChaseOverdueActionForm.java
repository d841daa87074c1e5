package org.pacer.improvement;

import static org.pacer.improvement.ImprovementProcess.ACTION_ID;
import static org.pacer.improvement.ImprovementProcess.CHASE_NOTE;

import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.pacer.common.Errors;
import org.pacer.identity.Directory;
import org.pacer.taskform.FormFields;
import org.pacer.taskform.TaskContext;
import org.pacer.taskform.TaskForm;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * Task_ChaseOverdueAction: the manager chases the owner of an overdue action and notes how. The task has no
 * listener, so this form is where the note is checked; it stays in the task's history.
 */
@Component
class ChaseOverdueActionForm implements TaskForm {

	private static final int MAX_NOTE = 2000;

	private final ImprovementService improvements;

	private final Directory directory;

	private final PacerClock clock;

	public ChaseOverdueActionForm(ImprovementService improvements, Directory directory, PacerClock clock) {
		this.improvements = improvements;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public String taskKey() {
		return "Task_ChaseOverdueAction";
	}

	@Override
	public String view() {
		return "tasks/chase-action";
	}

	@Override
	public void show(TaskContext task, Model model) {
		ImprovementAction action = improvements.action(task.id(ACTION_ID.name()));
		model.addAttribute("action", action);
		model.addAttribute("plan", improvements.plan(action.getPlanId()));
		model.addAttribute("ownerName", directory.displayName(action.getOwnerUser()));
		model.addAttribute("daysOverdue", Math.max(0, ChronoUnit.DAYS.between(action.getDueDate(), clock.today())));
	}

	@Override
	public Map<String, Object> read(TaskContext task, MultiValueMap<String, String> form) {
		String note = FormFields.text(form, CHASE_NOTE.name());
		new Errors().rejectIf(note == null, CHASE_NOTE.name(), "Say how you chased the owner, for the record")
				.rejectIf(note != null && note.length() > MAX_NOTE, CHASE_NOTE.name(),
						"Keep the note under " + MAX_NOTE + " characters")
				.throwIfAny();
		return Map.of(CHASE_NOTE.name(), note);
	}
}
