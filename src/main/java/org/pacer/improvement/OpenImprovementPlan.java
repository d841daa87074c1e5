package org.pacer.improvement;

import static org.pacer.improvement.ImprovementProcess.PLAN_ID;
import static org.pacer.improvement.ImprovementProcess.REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.Processes;
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
		ImprovementPlan plan = improvements.open(REVIEW_ID.readOwned(execution, reviews::relationshipOf),
				Processes.RELATIONSHIP_ID.read(execution));
		PLAN_ID.set(execution, plan.getId());
	}
}
