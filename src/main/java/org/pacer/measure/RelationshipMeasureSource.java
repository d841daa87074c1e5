package org.pacer.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pacer.relationship.MeasureSources;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipRepository;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Component;

/**
 * A new relationship may start from another relationship's measures: those not retired, with the targets in force
 * now (or in its first period, when it has not started), and the library template they came from.
 */
@Component
class RelationshipMeasureSource implements MeasureSources {

	private static final String PREFIX = "relationship:";

	private final MeasureService measures;

	private final SuccessMeasureRepository measureRows;

	private final RelationshipRepository relationships;

	private final PacerClock clock;

	RelationshipMeasureSource(MeasureService measures, SuccessMeasureRepository measureRows,
			RelationshipRepository relationships, PacerClock clock) {
		this.measures = measures;
		this.measureRows = measureRows;
		this.relationships = relationships;
		this.clock = clock;
	}

	@Override
	public String group() {
		return "Another relationship's current measures";
	}

	@Override
	public List<Source> sources() {
		Set<Long> measured = Set.copyOf(measureRows.relationshipsWithActiveMeasures());
		return relationships.findAllByOrderByNameAsc().stream().filter(r -> measured.contains(r.getId()))
				.map(r -> new Source(PREFIX + r.getId(), r.getName() + " (" + r.getProvider().getName() + ")"))
				.toList();
	}

	@Override
	public void copy(String key, long relationshipId, String actor) {
		Relationship from = relationships.findById(Long.parseLong(key.substring(PREFIX.length()))).orElseThrow();
		List<SuccessMeasure> current = measures.measuresOf(from.getId()).stream().filter(m -> m.getRetiredFrom() == null)
				.toList();
		LocalDate now = from.getReviewPeriod().periodContaining(clock.today());
		Map<Long, MeasureVersion> versions = measures.currentVersions(current,
				now.isBefore(from.firstPeriod()) ? from.firstPeriod() : now).stream()
				.collect(Collectors.toMap(MeasureVersion::getMeasureId, Function.identity()));
		for (SuccessMeasure measure : current) {
			MeasureVersion version = versions.get(measure.getId());
			measures.define(relationshipId, new MeasureDraft(measure.getNeed().getId(), measure.getName(),
					measure.getUnit(), measure.getDirection(), version.getTarget(), version.getThreshold(),
					version.getWeight(), measure.getValidRange(), measure.getTemplateId(), measure.getTemplateVersion()),
					actor);
		}
	}
}
