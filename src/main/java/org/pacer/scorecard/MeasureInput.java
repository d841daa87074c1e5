package org.pacer.scorecard;

import java.math.BigDecimal;

import org.pacer.catalogue.Perspective;
import org.pacer.measure.Direction;

/**
 * One measure of the period as the calculator needs it, detached from JPA.
 *
 * @param unit the unit the actual, target and threshold are given in
 * @param threshold the amber line; below the target for higher-is-better, above it for lower-is-better
 * @param glideTarget the ramp-up target of the period, or null when the measure has no glide path
 * @param resultId the submitted result, or null when none was submitted
 * @param actual the submitted value, or null when none was submitted
 */
record MeasureInput(
		long measureId,
		long measureVersionId,
		String name,
		String unit,
		long needId,
		Perspective perspective,
		int levelRank,
		Direction direction,
		BigDecimal target,
		BigDecimal threshold,
		BigDecimal weight,
		BigDecimal glideTarget,
		Long resultId,
		BigDecimal actual) {
}
