package org.pacer.review;

import static org.pacer.review.ReviewProcess.ASSESSMENT;
import static org.pacer.review.ReviewProcess.DISPUTE_REASON;
import static org.pacer.review.ReviewProcess.IMPROVEMENT_NEEDED;
import static org.pacer.review.ReviewProcess.REOPEN_REVIEW;
import static org.pacer.review.ReviewProcess.REVIEW_ACCEPTED;
import static org.pacer.review.ReviewProcess.REVIEW_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.process.TaskInput;
import org.springframework.stereotype.Component;

/** Task_AcknowledgeReview: the provider accepts the review, or disputes it (the first dispute reopens it). */
@Component("recordAcknowledgement")
class RecordAcknowledgement implements TaskListener {

	private final ReviewService reviews;

	public RecordAcknowledgement(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput.apply(() -> {
			boolean reopen = reviews.acknowledge(REVIEW_ID.readOwned(task, reviews::relationshipOf),
					REVIEW_ACCEPTED.read(task), DISPUTE_REASON.read(task), TaskInput.actor(task));
			REOPEN_REVIEW.set(task.getExecution(), reopen);
			if (reopen) {
				// the manager decides again: the first round's answers must not stand in for missing ones in the second
				task.getExecution().removeVariables(List.of(ASSESSMENT.name(), IMPROVEMENT_NEEDED.name()));
			}
		});
	}
}
