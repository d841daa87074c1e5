package org.pacer.review;

import static org.pacer.review.ReviewProcess.REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NotifyProvider: tells the provider's people that the period's results are due. */
@Component("notifyProvider")
class NotifyProvider implements JavaDelegate {

	private final ReviewService reviews;

	public NotifyProvider(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		reviews.notifyProvider(REVIEW_ID.readOwned(execution, reviews::relationshipOf), "/tasks");
	}
}
