package org.pacer.review;

import static org.pacer.review.ReviewProcess.REVIEW_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.process.TaskInput;
import org.springframework.stereotype.Component;

/** Task_SubmitPeriodResults: the provider hands the period's results in; a missing one will show as NO DATA. */
@Component("recordResultsSubmission")
class RecordResultsSubmission implements TaskListener {

	private final ReviewService reviews;

	public RecordResultsSubmission(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput.apply(() -> reviews.recordResultsSubmission(REVIEW_ID.readOwned(task, reviews::relationshipOf),
				TaskInput.actor(task)));
	}
}
