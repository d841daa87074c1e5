package org.pacer.review;

import org.pacer.scorecard.Scorecard;
import org.pacer.scorecard.ScorecardService;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.TaskInput;
import org.springframework.stereotype.Component;

/** Task_ComputeScorecard: computes and stores the scorecard; its counts feed the improvement-trigger decision. */
@Component("computeScorecard")
class ComputeScorecard implements JavaDelegate {

	private final ScorecardService scorecards;

	private final ReviewService reviews;

	public ComputeScorecard(ScorecardService scorecards, ReviewService reviews) {
		this.scorecards = scorecards;
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long reviewId = TaskInput.ownedId(execution, "reviewId", reviews::relationshipOf);
		Scorecard scorecard = scorecards.compute(TaskInput.id(execution, "relationshipId"),
				LocalDate.parse(TaskInput.text(execution, "periodStart")), reviewId);
		reviews.markScored(reviewId);
		execution.setVariable("scorecardId", scorecard.getId());
		execution.setVariable("redCount", scorecard.getRedCount());
		execution.setVariable("amberCount", scorecard.getAmberCount());
		execution.setVariable("noDataCount", scorecard.getNoDataCount());
		execution.setVariable("inRampUp", scorecard.isInRampUp());
	}
}
