package org.pacer.library;

import java.math.BigDecimal;
import java.time.Instant;

import org.pacer.measure.Direction;
import org.pacer.measure.ValidRange;

/** A template at one version, with its need; {@code changedBy}/{@code changedAt} made that version. */
public record TemplateView(long id, long setId, int version, long needId, String need, int level, String name,
		String definition, String unit, Direction direction, BigDecimal target, BigDecimal threshold,
		BigDecimal weight, Reporter reportedBy, BigDecimal validMin, BigDecimal validMax, String changedBy,
		Instant changedAt) {

	static TemplateView of(MeasureTemplate template, TemplateVersion version) {
		return new TemplateView(template.getId(), template.getSetId(), version.getVersion(),
				template.getNeed().getId(), template.getNeed().getName(), template.getNeed().getLevel().getRank(),
				version.getName(), version.getDefinition(), version.getUnit(), version.getDirection(),
				version.getTarget(), version.getThreshold(), version.getWeight(), version.getReportedBy(),
				version.getValid().min(), version.getValid().max(), version.getCreatedBy(), version.getCreatedAt());
	}

	public ValidRange valid() {
		return new ValidRange(validMin, validMax);
	}
}
