package org.pacer.review;

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
			boolean reopen = reviews.acknowledge(TaskInput.ownedId(task, "reviewId", reviews::relationshipOf),
					TaskInput.flag(task, "reviewAccepted"), TaskInput.text(task, "disputeReason"), TaskInput.actor(task));
			task.getExecution().setVariable("reopenReview", reopen);
			if (reopen) {
				// the manager decides again: the first round's answers must not stand in for missing ones in the second
				task.getExecution().removeVariables(List.of("assessment", "improvementNeeded"));
			}
		});
	}
}
