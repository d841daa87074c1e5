package org.pacer.improvement;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.process.TaskInput;
import org.springframework.stereotype.Component;

/** Task_AssessMaturity: the manager records the provider's process maturity after the plan. */
@Component("recordMaturityAssessment")
class RecordMaturityAssessment implements TaskListener {

	private final ImprovementService improvements;

	public RecordMaturityAssessment(ImprovementService improvements) {
		this.improvements = improvements;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput.apply(() -> improvements.assessMaturity(TaskInput.id(task, "relationshipId"),
				TaskInput.ownedId(task, "planId", improvements::relationshipOfPlan), TaskInput.number(task, "maturityLevel"), TaskInput.text(task, "evidence"),
				TaskInput.actor(task)));
	}
}
