package org.pacer.library;

import java.math.BigDecimal;

import org.pacer.measure.Direction;
import org.pacer.measure.ValidRange;

/**
 * What an editor enters for a template, new or its next version; validMin and validMax bound the values a measure
 * copied from it takes (either may be left out).
 */
public record TemplateDraft(Long needId, String name, String definition, String unit, Direction direction,
		BigDecimal target, BigDecimal threshold, BigDecimal weight, Reporter reportedBy, BigDecimal validMin,
		BigDecimal validMax) {

	public ValidRange valid() {
		return new ValidRange(validMin, validMax);
	}
}
