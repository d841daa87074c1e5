package org.pacer.measure;

import java.math.BigDecimal;

/** What a manager enters for a new measure. */
public record MeasureDraft(Long needId, String name, String unit, Direction direction, BigDecimal target,
		BigDecimal threshold, BigDecimal weight) {
}
