package org.pacer.improvement;

import static org.pacer.improvement.ImprovementProcess.ACTION_ID;
import static org.pacer.improvement.ImprovementProcess.CHASE_NOTE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.process.TaskInput;
import org.springframework.stereotype.Component;

/** Task_ChaseOverdueAction: the manager's chase of an overdue action goes on the relationship's audit trail. */
@Component("recordActionChase")
class RecordActionChase implements TaskListener {

	private final ImprovementService improvements;

	public RecordActionChase(ImprovementService improvements) {
		this.improvements = improvements;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput.apply(() -> improvements.recordChase(ACTION_ID.readOwned(task, improvements::relationshipOfAction),
				CHASE_NOTE.read(task), TaskInput.actor(task)));
	}
}
