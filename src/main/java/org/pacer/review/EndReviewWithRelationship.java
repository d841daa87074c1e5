package org.pacer.review;

import static org.pacer.review.ReviewProcess.REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_EndReviewWithRelationship: the relationship ended while its review ran (the engine has already cancelled the
 * step it waited at, a running joint improvement included); the review ends unpublished.
 */
@Component("endReviewWithRelationship")
class EndReviewWithRelationship implements JavaDelegate {

	private final ReviewService reviews;

	EndReviewWithRelationship(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		// a review ended before Task_OpenReview ran has no review of ours yet
		if (execution.hasVariable(REVIEW_ID.name())) {
			reviews.endWithRelationship(REVIEW_ID.readOwned(execution, reviews::relationshipOf));
		}
	}
}
