package org.pacer.improvement;

import static org.pacer.improvement.ImprovementProcess.CHANGE_COMMENTS;
import static org.pacer.improvement.ImprovementProcess.PLAN_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.process.TaskInput;
import org.springframework.stereotype.Component;

/** Task_SubmitImprovementPlan: the provider submits the plan; it needs actions and a target maturity. */
@Component("recordPlanSubmission")
class RecordPlanSubmission implements TaskListener {

	private final ImprovementService improvements;

	public RecordPlanSubmission(ImprovementService improvements) {
		this.improvements = improvements;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput.apply(() -> improvements.submit(PLAN_ID.readOwned(task, improvements::relationshipOfPlan),
				TaskInput.actor(task)));
		// the manager's comments were for this round; they stay on the plan, not on the next review of it
		task.getExecution().removeVariable(CHANGE_COMMENTS.name());
	}
}
