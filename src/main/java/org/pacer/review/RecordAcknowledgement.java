package org.pacer.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.process.TaskInput;
import org.springframework.stereotype.Component;

/** Task_AcknowledgeReview: the provider accepts the review, or disputes it (the first dispute reopens it). */
@Component("recordAcknowledgement")
public class RecordAcknowledgement implements TaskListener {

	private final ReviewService reviews;

	public RecordAcknowledgement(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput.apply(() -> task.getExecution().setVariable("reopenReview",
				reviews.acknowledge(TaskInput.ownedId(task, "reviewId", reviews::relationshipOf), TaskInput.flag(task, "reviewAccepted"),
						TaskInput.text(task, "disputeReason"), TaskInput.actor(task))));
	}
}
