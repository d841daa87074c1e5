package org.pacer.improvement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.TaskInput;
import org.springframework.stereotype.Component;

/** Task_OpenImprovementPlan: an empty plan for the provider to fill in. */
@Component("openImprovementPlan")
public class OpenImprovementPlan implements JavaDelegate {

	private final ImprovementService improvements;

	public OpenImprovementPlan(ImprovementService improvements) {
		this.improvements = improvements;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ImprovementPlan plan = improvements.open(TaskInput.id(execution, "reviewId"),
				TaskInput.id(execution, "relationshipId"));
		execution.setVariable("planId", plan.getId());
	}
}
