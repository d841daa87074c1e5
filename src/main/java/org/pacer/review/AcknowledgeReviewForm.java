package org.pacer.review;

import static org.pacer.review.ReviewProcess.DISPUTE_REASON;
import static org.pacer.review.ReviewProcess.REVIEW_ACCEPTED;
import static org.pacer.review.ReviewProcess.REVIEW_ID;
import static org.pacer.review.ReviewProcess.SCORECARD_ID;

import java.util.HashMap;
import java.util.Map;

import org.pacer.scorecard.ScorecardService;
import org.pacer.taskform.FormFields;
import org.pacer.taskform.TaskContext;
import org.pacer.taskform.TaskForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/** Task_AcknowledgeReview: the provider reads the manager's assessment and scorecard, and accepts or disputes it. */
@Component
class AcknowledgeReviewForm implements TaskForm {

	private final ReviewService reviews;

	private final ScorecardService scorecards;

	public AcknowledgeReviewForm(ReviewService reviews, ScorecardService scorecards) {
		this.reviews = reviews;
		this.scorecards = scorecards;
	}

	@Override
	public String taskKey() {
		return "Task_AcknowledgeReview";
	}

	@Override
	public String view() {
		return "tasks/acknowledge-review";
	}

	@Override
	public void show(TaskContext task, Model model) {
		model.addAttribute("review", reviews.get(task.id(REVIEW_ID.name())));
		model.addAttribute("scorecard", scorecards.get(task.id(SCORECARD_ID.name())));
	}

	@Override
	public Map<String, Object> read(TaskContext task, MultiValueMap<String, String> form) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(REVIEW_ACCEPTED.name(), FormFields.choice(form, REVIEW_ACCEPTED.name()));
		variables.put(DISPUTE_REASON.name(), FormFields.text(form, DISPUTE_REASON.name()));
		return variables;
	}
}
