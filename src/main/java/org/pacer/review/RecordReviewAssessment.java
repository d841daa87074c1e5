package org.pacer.review;

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
			Map<?, ?> recommendation = (Map<?, ?>) task.getVariable("recommendation");
			boolean recommended = Boolean.TRUE.equals(recommendation.get("improvementNeeded"));
			Boolean needed = TaskInput.flag(task, "improvementNeeded");
			reviews.assess(TaskInput.ownedId(task, "reviewId", reviews::relationshipOf),
					new ReviewService.Assessment(TaskInput.text(task, "assessment"), needed,
							TaskInput.text(task, "overrideReason")),
					recommended, String.valueOf(recommendation.get("reason")), TaskInput.actor(task));
			task.getExecution().setVariable("improvementNeeded", needed);
			// a reopened review must state its override reason again, not inherit the first one
			task.getExecution().removeVariable("overrideReason");
		});
	}
}
