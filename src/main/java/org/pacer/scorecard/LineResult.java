package org.pacer.scorecard;

import java.math.BigDecimal;

/**
 * How one measure did.
 *
 * @param attainment attainment in %, or null when no result was submitted
 * @param explanation a sentence a manager can read, naming the target the measure was judged against
 */
record LineResult(
		MeasureInput input,
		TargetSource targetSource,
		BigDecimal targetUsed,
		BigDecimal thresholdUsed,
		BigDecimal attainment,
		Rating rating,
		String explanation) {

	public boolean hasData() {
		return attainment != null;
	}
}
