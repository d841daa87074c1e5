package org.pacer.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.pacer.audit.AuditLog;
import org.pacer.catalogue.PersistentNeed;
import org.pacer.catalogue.PersistentNeedRepository;
import org.pacer.common.Errors;
import org.pacer.common.NotFoundException;
import org.pacer.common.ValidationException;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipRepository;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Defines a relationship's success measures, their versions and glide path, and checks scorecard coverage. */
@Service
@Transactional
public class MeasureService {

	private static final int MAX_NAME = 200;

	private final SuccessMeasureRepository measures;

	private final MeasureVersionRepository versions;

	private final GlidePathTargetRepository glidePath;

	private final PersistentNeedRepository needs;

	private final RelationshipRepository relationships;

	private final AuditLog audit;

	private final PacerClock clock;

	private final List<MeasureReferences> references;

	private final List<MeasureSuggestions> library;

	public MeasureService(SuccessMeasureRepository measures, MeasureVersionRepository versions,
			GlidePathTargetRepository glidePath, PersistentNeedRepository needs, RelationshipRepository relationships,
			AuditLog audit, PacerClock clock, List<MeasureReferences> references, List<MeasureSuggestions> library) {
		this.library = library;
		this.measures = measures;
		this.versions = versions;
		this.glidePath = glidePath;
		this.needs = needs;
		this.relationships = relationships;
		this.audit = audit;
		this.clock = clock;
		this.references = references;
	}

	public SuccessMeasure define(long relationshipId, MeasureDraft draft, String actor) {
		Relationship relationship = relationship(relationshipId);
		Errors errors = new Errors();
		// a retired need, or an older version of one, is offered no more: every door refuses it alike
		PersistentNeed need = draft.needId() == null ? null
				: needs.findById(draft.needId()).filter(PersistentNeed::isOffered).orElse(null);
		errors.rejectIf(need == null, "needId", "Choose a persistent need from the catalogue");
		String name = draft.name() == null ? "" : draft.name().trim();
		errors.rejectIf(name.isEmpty(), "name", "Give the measure a name");
		errors.rejectIf(name.length() > MAX_NAME, "name", "Keep the name under " + MAX_NAME + " characters");
		errors.rejectIf(!name.isEmpty() && measures.existsByRelationshipIdAndNameIgnoreCase(relationshipId, name), "name",
				"This relationship already has a measure named '" + name + "'");
		errors.rejectIf(draft.unit() == null || draft.unit().isBlank(), "unit", "Give the unit, for example % or hours");
		errors.rejectIf(draft.direction() == null, "direction", "Say whether higher or lower is better");
		MeasureTargets.check(errors, draft.direction(), draft.target(), draft.threshold(), draft.weight());
		draft.valid().check(errors, draft.target(), draft.threshold(), draft.unit());
		checkOrigin(errors, draft);
		errors.throwIfAny();

		SuccessMeasure created = new SuccessMeasure(relationshipId, need, name, draft.unit().trim(), draft.direction(),
				draft.valid(), clock.now());
		created.copiedFrom(draft.templateId(), draft.templateVersion());
		SuccessMeasure measure = measures.save(created);
		versions.save(new MeasureVersion(measure.getId(), relationship.firstPeriod(), draft.target(), draft.threshold(),
				draft.weight(), actor, clock.now()));
		audit.record(relationshipId, actor, "MEASURE_DEFINED", name + " for " + need.getName() + ": target "
				+ draft.target().toPlainString() + " " + measure.getUnit() + ", amber line " + draft.threshold().toPlainString()
				+ (draft.valid().isOpen() ? "" : ", valid " + draft.valid().describe(measure.getUnit()))
				+ (draft.templateId() == null ? "" : ", from library template " + draft.templateId() + " version "
						+ draft.templateVersion()));
		return measure;
	}

	/**
	 * A measure that names a library template names one version of it, a template of the same need (of any of the
	 * need's versions: a template made before the need changed still measures it).
	 */
	private void checkOrigin(Errors errors, MeasureDraft draft) {
		if (draft.templateId() == null && draft.templateVersion() == null) {
			return;
		}
		SuggestedMeasure origin = draft.templateId() == null || draft.templateVersion() == null ? null
				: library.stream().flatMap(l -> l.version(draft.templateId(), draft.templateVersion()).stream())
						.findFirst().orElse(null);
		errors.rejectIf(origin == null, "templateId", "This template version is not in the measure library");
		errors.rejectIf(origin != null && !Objects.equals(codeOf(origin.needId()), codeOf(draft.needId())), "needId",
				"The library template " + (origin == null ? "" : origin.name()) + " measures another need");
	}

	/** The need a version belongs to, whatever version a draft or a template names. */
	private String codeOf(Long needId) {
		return needId == null ? null : needs.findById(needId).map(PersistentNeed::getCode).orElse(null);
	}

	/** A new target, amber line or weight applies from the given period on; scorecards already computed keep theirs. */
	public MeasureVersion changeTargets(long measureId, LocalDate effectiveFrom, BigDecimal target, BigDecimal threshold,
			BigDecimal weight, String actor) {
		SuccessMeasure measure = measure(measureId);
		Relationship relationship = relationship(measure.getRelationshipId());
		Errors errors = new Errors();
		errors.rejectIf(effectiveFrom == null, "effectiveFrom", "Give the first period the change applies to");
		if (effectiveFrom != null) {
			errors.rejectIf(!relationship.getReviewPeriod().periodContaining(effectiveFrom).equals(effectiveFrom),
					"effectiveFrom", "A change applies from the first day of a review period");
			errors.rejectIf(effectiveFrom.isBefore(relationship.firstPeriod()), "effectiveFrom",
					"The relationship starts with period " + relationship.periodLabel(relationship.firstPeriod()));
		}
		MeasureTargets.check(errors, measure.getDirection(), target, threshold, weight);
		measure.getValidRange().check(errors, target, threshold, measure.getUnit());
		errors.throwIfAny();
		MeasureVersion existing = versions.findByMeasureIdAndEffectiveFrom(measureId, effectiveFrom).orElse(null);
		if (existing != null && referenced(List.of(), List.of(existing.getId()))) {
			throw ValidationException.of("effectiveFrom", "A scorecard of " + relationship.periodLabel(effectiveFrom)
					+ " already used these targets; the change can apply from a later period");
		}
		MeasureVersion version = existing != null ? existing.revise(target, threshold, weight, actor, clock.now())
				: new MeasureVersion(measureId, effectiveFrom, target, threshold, weight, actor, clock.now());
		audit.record(relationship.getId(), actor, "MEASURE_RETARGETED", measure.getName() + " from "
				+ relationship.periodLabel(effectiveFrom) + ": target " + target.toPlainString() + ", amber line "
				+ threshold.toPlainString() + ", weight " + weight.toPlainString());
		return versions.save(version);
	}

	/** Retires a measure from a period on: it stays on older scorecards and leaves later ones. */
	public void retire(long measureId, LocalDate fromPeriod, String actor) {
		SuccessMeasure measure = measure(measureId);
		measure.retireFrom(fromPeriod);
		audit.record(measure.getRelationshipId(), actor, "MEASURE_RETIRED", measure.getName());
	}

	/**
	 * Removes a measure set up by mistake, with its versions and glide path. A measure with results, or one a
	 * scorecard used, is history: it stays and can only be retired.
	 */
	public void remove(long measureId, String actor) {
		SuccessMeasure measure = measure(measureId);
		List<MeasureVersion> own = versions.findByMeasureIdInOrderByEffectiveFromAsc(List.of(measureId));
		if (referenced(List.of(measureId), own.stream().map(MeasureVersion::getId).toList())) {
			throw ValidationException.of("measure", measure.getName()
					+ " already has results, so it stays; retire it from a later period instead");
		}
		glidePath.deleteAll(glidePath.findByMeasureIdInOrderByPeriodStartAsc(List.of(measureId)));
		versions.deleteAll(own);
		measures.delete(measure);
		audit.record(measure.getRelationshipId(), actor, "MEASURE_REMOVED", measure.getName());
	}

	public void setGlideTarget(long measureId, LocalDate periodStart, BigDecimal target, String actor) {
		SuccessMeasure measure = measure(measureId);
		if (target == null) {
			throw ValidationException.of("target", "Give the interim target");
		}
		glidePath.findByMeasureIdInAndPeriodStart(List.of(measureId), periodStart).stream().findFirst()
				.ifPresentOrElse(existing -> existing.retarget(target),
						() -> glidePath.save(new GlidePathTarget(measureId, periodStart, target)));
		audit.record(measure.getRelationshipId(), actor, "GLIDE_PATH_SET",
				measure.getName() + " " + periodStart + ": " + target.toPlainString());
	}

	/**
	 * Sets a measure's interim targets for every ramp-up period at once, so that its glide path has no gaps. The
	 * errors name the period: {@code glidePath[2026-01-01]}.
	 */
	public void setGlidePath(long measureId, Map<LocalDate, BigDecimal> targets, String actor) {
		SuccessMeasure measure = measure(measureId);
		List<LocalDate> periods = rampUpPeriods(measure.getRelationshipId());
		Errors errors = new Errors();
		errors.rejectIf(periods.isEmpty(), "glidePath", "This relationship has no ramp-up, so its measures have no glide path");
		errors.rejectIf(!periods.containsAll(targets.keySet()), "glidePath", "A glide path covers the ramp-up periods only");
		periods.forEach(period -> errors.rejectIf(targets.get(period) == null, "glidePath[" + period + "]",
				"Give the interim target"));
		errors.throwIfAny();
		periods.forEach(period -> setGlideTarget(measureId, period, targets.get(period), actor));
	}

	/** The review periods of the agreed ramp-up, from the first period on; none when no ramp-up is needed. */
	@Transactional(readOnly = true)
	public List<LocalDate> rampUpPeriods(long relationshipId) {
		Relationship relationship = relationship(relationshipId);
		return relationship.needsRampUp()
				? periodsBefore(relationship, relationship.firstPeriod().plusMonths(relationship.getRampUpMonths()))
				: List.of();
	}

	/**
	 * Gives every measure without a glide path one that climbs in equal steps from the amber line towards the
	 * target over the ramp-up periods, so that interim targets exist even where the manager set none.
	 */
	public void planGlidePath(long relationshipId) {
		Relationship relationship = relationship(relationshipId);
		if (relationship.getRampUpEndsOn() == null) {
			return;
		}
		List<LocalDate> periods = periodsBefore(relationship, relationship.getRampUpEndsOn());
		List<SuccessMeasure> all = measures.findByRelationship(relationshipId);
		Set<Long> withPath = glidePath.findByMeasureIdInOrderByPeriodStartAsc(ids(all)).stream()
				.map(GlidePathTarget::getMeasureId).collect(Collectors.toSet());
		for (MeasureVersion version : currentVersions(all, relationship.firstPeriod())) {
			if (withPath.contains(version.getMeasureId())) {
				continue;
			}
			BigDecimal span = version.getTarget().subtract(version.getThreshold());
			int steps = periods.size() + 1;
			for (int i = 0; i < periods.size(); i++) {
				BigDecimal interim = version.getThreshold()
						.add(span.multiply(BigDecimal.valueOf(i + 1)).divide(BigDecimal.valueOf(steps), 4, RoundingMode.HALF_UP));
				glidePath.save(new GlidePathTarget(version.getMeasureId(), periods.get(i), interim));
			}
		}
	}

	/**
	 * The needs up to the expected level that lack a measure. A need counts once the catalogue had it when the
	 * relationship's measures were last defined (a need added later is a gap only for measures defined after it);
	 * retired needs count no more. A measure covers its need in any version: needs are matched by code.
	 */
	@Transactional(readOnly = true)
	public Coverage coverage(long relationshipId) {
		Relationship relationship = relationship(relationshipId);
		int expected = relationship.getExpectedLevel() == null ? 0 : relationship.getExpectedLevel();
		List<SuccessMeasure> active = measures.findByRelationship(relationshipId).stream()
				.filter(m -> m.getRetiredFrom() == null).toList();
		Instant lastDefined = active.stream().map(SuccessMeasure::getDefinedAt).max(Instant::compareTo).orElse(null);
		List<PersistentNeed> required = needs.findUpToLevel(expected).stream()
				.filter(n -> lastDefined == null || n.existedAt(lastDefined)).toList();
		Set<String> covered = active.stream().map(m -> m.getNeed().getCode()).collect(Collectors.toSet());
		List<PersistentNeed> missing = required.stream().filter(n -> !covered.contains(n.getCode())).toList();
		return new Coverage(expected, required, missing);
	}

	@Transactional(readOnly = true)
	public List<SuccessMeasure> measuresOf(long relationshipId) {
		return measures.findByRelationship(relationshipId);
	}

	/** The measures of many relationships in one query (a period's scorecards of all of them, set-based). */
	@Transactional(readOnly = true)
	public List<SuccessMeasure> measuresOf(Collection<Long> relationshipIds) {
		return relationshipIds.isEmpty() ? List.of() : measures.findByRelationshipIn(relationshipIds);
	}

	/** The version of each measure in force at the period, in one query. */
	@Transactional(readOnly = true)
	public List<MeasureVersion> currentVersions(List<SuccessMeasure> of, LocalDate periodStart) {
		if (of.isEmpty()) {
			return List.of();
		}
		return versions.findByMeasureIdInAndEffectiveFromLessThanEqualOrderByEffectiveFromAsc(ids(of), periodStart).stream()
				.collect(Collectors.toMap(MeasureVersion::getMeasureId, v -> v, (older, newer) -> newer,
						java.util.LinkedHashMap::new))
				.values().stream().toList();
	}

	@Transactional(readOnly = true)
	public List<MeasureVersion> versionsOf(List<SuccessMeasure> of) {
		return of.isEmpty() ? List.of() : versions.findByMeasureIdInOrderByEffectiveFromAsc(ids(of));
	}

	@Transactional(readOnly = true)
	public List<GlidePathTarget> glidePathOf(List<SuccessMeasure> of) {
		return of.isEmpty() ? List.of() : glidePath.findByMeasureIdInOrderByPeriodStartAsc(ids(of));
	}

	@Transactional(readOnly = true)
	public List<GlidePathTarget> glideTargetsFor(List<SuccessMeasure> of, LocalDate periodStart) {
		return of.isEmpty() ? List.of() : glidePath.findByMeasureIdInAndPeriodStart(ids(of), periodStart);
	}

	@Transactional(readOnly = true)
	public SuccessMeasure measure(long measureId) {
		return measures.findById(measureId).orElseThrow(() -> new NotFoundException("Measure", measureId));
	}

	/** Whether a feature built on measures keeps records of any of the measures or versions: one query each. */
	private boolean referenced(List<Long> measureIds, List<Long> versionIds) {
		return references.stream().anyMatch(r -> !measureIds.isEmpty() && !r.referencedMeasures(measureIds).isEmpty()
				|| !versionIds.isEmpty() && !r.referencedVersions(versionIds).isEmpty());
	}

	private Relationship relationship(long id) {
		return relationships.findById(id).orElseThrow(() -> new NotFoundException("Relationship", id));
	}

	private static List<LocalDate> periodsBefore(Relationship relationship, LocalDate end) {
		return relationship.firstPeriod()
				.datesUntil(end, java.time.Period.ofMonths(relationship.getReviewPeriod().months())).toList();
	}

	private static List<Long> ids(List<SuccessMeasure> of) {
		return of.stream().map(SuccessMeasure::getId).toList();
	}
}
