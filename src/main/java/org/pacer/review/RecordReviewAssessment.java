package org.pacer.review;

import static org.pacer.review.ReviewProcess.ASSESSMENT;
import static org.pacer.review.ReviewProcess.IMPROVEMENT_NEEDED;
import static org.pacer.review.ReviewProcess.OVERRIDE_REASON;
import static org.pacer.review.ReviewProcess.RECOMMENDATION;
import static org.pacer.review.ReviewProcess.REVIEW_ID;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.process.TaskInput;
import org.springframework.stereotype.Component;

/** Task_ReviewPerformance: the manager's assessment, confirming or overriding the DMN's recommendation. */
@Component("recordReviewAssessment")
class RecordReviewAssessment implements TaskListener {

	private final ReviewService reviews;

	public RecordReviewAssessment(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput.apply(() -> {
			Map<?, ?> recommendation = RECOMMENDATION.read(task);
			boolean recommended = Boolean.TRUE.equals(recommendation.get("improvementNeeded"));
			Boolean needed = IMPROVEMENT_NEEDED.read(task);
			reviews.assess(REVIEW_ID.readOwned(task, reviews::relationshipOf),
					new ReviewService.Assessment(ASSESSMENT.read(task), needed,
							OVERRIDE_REASON.read(task)),
					recommended, String.valueOf(recommendation.get("reason")), TaskInput.actor(task));
			IMPROVEMENT_NEEDED.set(task.getExecution(), needed);
			// a reopened review must state its override reason again, not inherit the first one
			task.getExecution().removeVariable(OVERRIDE_REASON.name());
		});
	}
}
