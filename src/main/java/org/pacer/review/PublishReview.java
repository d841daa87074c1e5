package org.pacer.review;

import static org.pacer.review.ReviewProcess.REVIEW_ID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.Processes;
import org.pacer.relationship.LifecycleProcess;
import org.springframework.stereotype.Component;

/** Task_PublishReview: the review becomes final, the provider is told, and so is the lifecycle (repeated misses). */
@Component("publishReview")
class PublishReview implements JavaDelegate {

	private final ReviewService reviews;

	private final RuntimeService runtime;

	public PublishReview(ReviewService reviews, RuntimeService runtime) {
		this.reviews = reviews;
		this.runtime = runtime;
	}

	@Override
	public void execute(DelegateExecution execution) {
		PerformanceReview review = reviews.publish(REVIEW_ID.readOwned(execution, reviews::relationshipOf),
				"/relationships/" + Processes.RELATIONSHIP_ID.read(execution));
		// correlateAll: an ended relationship has no lifecycle waiting, and that is fine
		runtime.createMessageCorrelation(Processes.MESSAGE_REVIEW_PUBLISHED)
				.processInstanceBusinessKey(review.getRelationshipId().toString())
				.setVariable(LifecycleProcess.LAST_PUBLISHED_REVIEW_ID.name(), review.getId())
				.correlateAll();
	}
}
