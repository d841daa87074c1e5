package org.pacer.measure;

import java.math.BigDecimal;

import org.pacer.common.Errors;

/**
 * The rule a measure's target, amber line and weight follow, wherever they are entered: a measure, a change of its
 * targets, a template of the measure library. One rule, so a template never suggests what a measure would refuse.
 */
public final class MeasureTargets {

	private MeasureTargets() {
	}

	/** Rejects a missing target or amber line, an amber line on the wrong side of the target, a weight of 0 or less. */
	public static void check(Errors errors, Direction direction, BigDecimal target, BigDecimal threshold,
			BigDecimal weight) {
		errors.rejectIf(target == null, "target", "Give the target");
		errors.rejectIf(threshold == null, "threshold", "Give the amber line (threshold)");
		errors.rejectIf(weight == null || weight.signum() <= 0, "weight", "The weight must be more than 0");
		if (target != null && threshold != null && direction != null) {
			boolean wrongSide = direction == Direction.HIGHER_IS_BETTER ? threshold.compareTo(target) > 0
					: threshold.compareTo(target) < 0;
			errors.rejectIf(wrongSide, "threshold", direction == Direction.HIGHER_IS_BETTER
					? "When higher is better, the amber line must not be above the target"
					: "When lower is better, the amber line must not be below the target");
		}
	}
}
