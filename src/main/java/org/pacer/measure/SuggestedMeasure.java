package org.pacer.measure;

import java.math.BigDecimal;

/**
 * One version of a library template, as a measure would copy it. {@code reportedBy} says who reports the results
 * (shown only, for now); {@code definition} is what the number counts.
 */
public record SuggestedMeasure(long templateId, int version, String setName, long needId, String name,
		String definition, String unit, Direction direction, BigDecimal target, BigDecimal threshold,
		BigDecimal weight, ValidRange valid, String reportedBy) {

	/** The measure this version defines, naming it as the measure's origin. */
	public MeasureDraft draft() {
		return new MeasureDraft(needId, name, unit, direction, target, threshold, weight, valid, templateId, version);
	}
}
