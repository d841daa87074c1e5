package org.pacer.improvement;

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
			Boolean approved = TaskInput.flag(task, "planApproved");
			improvements.decide(TaskInput.ownedId(task, "planId", improvements::relationshipOfPlan), approved, TaskInput.text(task, "changeComments"),
					TaskInput.actor(task));
			task.getExecution().setVariable("planApproved", approved);
		});
	}
}
