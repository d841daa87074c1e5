package org.pacer.scorecard;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scorecard of one period.
 *
 * @param perspectives all four perspectives, in enum order, also those without measures
 * @param levels in rank order
 * @param overallScore weighted average over all lines with data, or null when none has data
 * @param achievedLevel the highest rank up to which every level is ACHIEVED, 0 when the first is not
 */
record ScorecardResult(
		List<LineResult> lines,
		List<PerspectiveResult> perspectives,
		List<LevelResult> levels,
		BigDecimal overallScore,
		int achievedLevel,
		RagCounts ratings) {
}
