package org.pacer.library;

import java.math.BigDecimal;

import org.pacer.measure.Direction;

/** What an editor enters for a template, new or its next version. */
public record TemplateDraft(Long needId, String name, String definition, String unit, Direction direction,
		BigDecimal target, BigDecimal threshold, BigDecimal weight, Reporter reportedBy) {
}
