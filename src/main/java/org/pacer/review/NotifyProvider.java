package org.pacer.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.TaskInput;
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
		reviews.notifyProvider(TaskInput.ownedId(execution, "reviewId", reviews::relationshipOf), "/tasks");
	}
}
