package org.pacer.improvement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.process.TaskInput;
import org.springframework.stereotype.Component;

/** Task_CompleteAction: the owner marks the action done, with a note. */
@Component("recordActionDone")
class RecordActionDone implements TaskListener {

	private final ImprovementService improvements;

	public RecordActionDone(ImprovementService improvements) {
		this.improvements = improvements;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput.apply(() -> improvements.completeAction(TaskInput.ownedId(task, "actionId", improvements::relationshipOfAction),
				TaskInput.text(task, "completionNote"), TaskInput.actor(task)));
	}
}
