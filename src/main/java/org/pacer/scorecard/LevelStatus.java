package org.pacer.scorecard;

/** Where a maturity level stands in a period, judged from the ratings of its measures. */
public enum LevelStatus {
	ACHIEVED,
	AT_RISK,
	MISSED,
	NOT_MEASURED
}
