package org.pacer.improvement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.TaskInput;
import org.pacer.review.ReviewService;
import org.springframework.stereotype.Component;

/** Task_OpenImprovementPlan: an empty plan for the provider to fill in. */
@Component("openImprovementPlan")
class OpenImprovementPlan implements JavaDelegate {

	private final ImprovementService improvements;

	private final ReviewService reviews;

	public OpenImprovementPlan(ImprovementService improvements, ReviewService reviews) {
		this.improvements = improvements;
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ImprovementPlan plan = improvements.open(TaskInput.ownedId(execution, "reviewId", reviews::relationshipOf),
				TaskInput.id(execution, "relationshipId"));
		execution.setVariable("planId", plan.getId());
	}
}
