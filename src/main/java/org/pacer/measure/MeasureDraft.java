package org.pacer.measure;

import java.math.BigDecimal;

/**
 * What a manager enters for a new measure, with the values its results may take. When it was filled from the measure library, the template and the
 * version it came from (both or neither); the measure keeps these values whatever the template becomes.
 */
public record MeasureDraft(Long needId, String name, String unit, Direction direction, BigDecimal target,
		BigDecimal threshold, BigDecimal weight, ValidRange valid, Long templateId, Integer templateVersion) {

	public MeasureDraft {
		valid = valid == null ? ValidRange.OPEN : valid;
	}

	/** A measure entered by hand, not from the library, whose results may take any value. */
	public MeasureDraft(Long needId, String name, String unit, Direction direction, BigDecimal target,
			BigDecimal threshold, BigDecimal weight) {
		this(needId, name, unit, direction, target, threshold, weight, ValidRange.OPEN, null, null);
	}
}
