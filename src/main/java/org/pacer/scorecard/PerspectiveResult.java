package org.pacer.scorecard;

import java.math.BigDecimal;

import org.pacer.catalogue.Perspective;

/**
 * The score of one perspective.
 *
 * @param score weighted average of the line scores with data, or null when no line has data
 * @param weightWithData the weight the score rests on, so a reader sees how much of the perspective is missing
 */
record PerspectiveResult(
		Perspective perspective,
		BigDecimal score,
		BigDecimal weightWithData,
		int measures,
		int measuresWithData) {
}
