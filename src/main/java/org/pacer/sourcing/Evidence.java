package org.pacer.sourcing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The evidence pack put before the sourcing board, stored with the decision as it was on the day. */
public record Evidence(List<ScorePoint> scoreTrend, int consecutiveRedReviews, int missLimit, int plans,
		int actionsDone, int actionsOpen, int actionsOverdue, List<MaturityPoint> maturityTrend, Integer expectedLevel,
		Integer achievedLevel, LocalDate rampUpEndsOn, boolean inRampUp) {

	public record ScorePoint(String period, BigDecimal overallScore, int achievedLevel, int green, int amber, int red,
			int noData) {
	}

	public record MaturityPoint(LocalDate assessedOn, int level) {
	}
}
