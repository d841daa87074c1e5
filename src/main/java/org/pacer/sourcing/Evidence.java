package org.pacer.sourcing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.pacer.scorecard.RagCounts;

/** The evidence pack put before the sourcing board, stored with the decision as it was on the day. */
public record Evidence(List<ScorePoint> scoreTrend, int consecutiveRedReviews, int missLimit, int plans,
		int actionsDone, int actionsOpen, int actionsOverdue, List<MaturityPoint> maturityTrend, Integer expectedLevel,
		Integer achievedLevel, LocalDate rampUpEndsOn, boolean inRampUp) {

	/** The counts stay four numbers here: that is how evidence packs already stored with decisions read. */
	public record ScorePoint(String period, BigDecimal overallScore, int achievedLevel, int green, int amber, int red,
			int noData) {

		ScorePoint(String period, BigDecimal overallScore, int achievedLevel, RagCounts ratings) {
			this(period, overallScore, achievedLevel, ratings.green(), ratings.amber(), ratings.red(),
					ratings.noData());
		}
	}

	public record MaturityPoint(LocalDate assessedOn, int level) {
	}
}
