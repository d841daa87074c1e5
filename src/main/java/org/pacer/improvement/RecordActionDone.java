package org.pacer.improvement;

import static org.pacer.improvement.ImprovementProcess.ACTION_ID;
import static org.pacer.improvement.ImprovementProcess.COMPLETION_NOTE;

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
		TaskInput.apply(() -> improvements.completeAction(ACTION_ID.readOwned(task, improvements::relationshipOfAction),
				COMPLETION_NOTE.read(task), TaskInput.actor(task)));
	}
}
