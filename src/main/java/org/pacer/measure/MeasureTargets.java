package org.pacer.measure;

import java.math.BigDecimal;

import org.pacer.common.Errors;

/**
 * The rule a measure's target, amber line and weight follow, wherever they are entered: a measure, a change of its
 * targets, a template of the measure library. One rule, so a template never suggests what a measure would refuse.
 */
public final class MeasureTargets {

	/** A weight is stored with 5 whole digits; beyond them it would not be a weight anyway. */
	private static final BigDecimal MAX_WEIGHT = new BigDecimal("100000");

	private MeasureTargets() {
	}

	/**
	 * Rejects a missing target or amber line, an amber line on the wrong side of the target, and a weight of 0 or
	 * less or too large to store.
	 */
	public static void check(Errors errors, Direction direction, BigDecimal target, BigDecimal threshold,
			BigDecimal weight) {
		errors.rejectIf(target == null, "target", "Give the target");
		errors.rejectIf(threshold == null, "threshold", "Give the amber line (threshold)");
		errors.rejectIf(weight == null || weight.signum() <= 0, "weight", "The weight must be more than 0");
		errors.rejectIf(weight != null && weight.compareTo(MAX_WEIGHT) >= 0, "weight",
				"The weight must be under " + MAX_WEIGHT.toPlainString());
		if (target != null && threshold != null && direction != null) {
			boolean wrongSide = direction == Direction.HIGHER_IS_BETTER ? threshold.compareTo(target) > 0
					: threshold.compareTo(target) < 0;
			errors.rejectIf(wrongSide, "threshold", direction == Direction.HIGHER_IS_BETTER
					? "When higher is better, the amber line must not be above the target"
					: "When lower is better, the amber line must not be below the target");
		}
	}
}
