package org.pacer.review;

import static org.pacer.review.ReviewProcess.AMBER_COUNT;
import static org.pacer.review.ReviewProcess.IN_RAMP_UP;
import static org.pacer.review.ReviewProcess.NO_DATA_COUNT;
import static org.pacer.review.ReviewProcess.PERIOD_START;
import static org.pacer.review.ReviewProcess.RED_COUNT;
import static org.pacer.review.ReviewProcess.REVIEW_ID;
import static org.pacer.review.ReviewProcess.SCORECARD_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.Processes;
import org.pacer.scorecard.Scorecard;
import org.pacer.scorecard.ScorecardService;
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
		long reviewId = REVIEW_ID.readOwned(execution, reviews::relationshipOf);
		Scorecard scorecard = scorecards.compute(Processes.RELATIONSHIP_ID.read(execution),
				PERIOD_START.read(execution), reviewId);
		reviews.markScored(reviewId);
		SCORECARD_ID.set(execution, scorecard.getId());
		RED_COUNT.set(execution, scorecard.getRatings().red());
		AMBER_COUNT.set(execution, scorecard.getRatings().amber());
		NO_DATA_COUNT.set(execution, scorecard.getRatings().noData());
		IN_RAMP_UP.set(execution, scorecard.isInRampUp());
	}
}
