package org.pacer.improvement;

import static org.pacer.improvement.ImprovementProcess.CHANGE_COMMENTS;
import static org.pacer.improvement.ImprovementProcess.PLAN_APPROVED;
import static org.pacer.improvement.ImprovementProcess.PLAN_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.process.TaskInput;
import org.springframework.stereotype.Component;

/** Task_ReviewImprovementPlan: the manager approves the plan or asks for changes with comments. */
@Component("recordPlanReview")
class RecordPlanReview implements TaskListener {

	private final ImprovementService improvements;

	public RecordPlanReview(ImprovementService improvements) {
		this.improvements = improvements;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput.apply(() -> {
			Boolean approved = PLAN_APPROVED.read(task);
			improvements.decide(PLAN_ID.readOwned(task, improvements::relationshipOfPlan), approved,
					CHANGE_COMMENTS.read(task), TaskInput.actor(task));
			PLAN_APPROVED.set(task.getExecution(), approved);
		});
	}
}
