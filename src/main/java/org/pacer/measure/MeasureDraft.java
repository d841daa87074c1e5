package org.pacer.measure;

import java.math.BigDecimal;

/**
 * What a manager enters for a new measure. When it was filled from the measure library, the template and the
 * version it came from (both or neither); the measure keeps these values whatever the template becomes.
 */
public record MeasureDraft(Long needId, String name, String unit, Direction direction, BigDecimal target,
		BigDecimal threshold, BigDecimal weight, Long templateId, Integer templateVersion) {

	/** A measure entered by hand, not from the library. */
	public MeasureDraft(Long needId, String name, String unit, Direction direction, BigDecimal target,
			BigDecimal threshold, BigDecimal weight) {
		this(needId, name, unit, direction, target, threshold, weight, null, null);
	}
}
