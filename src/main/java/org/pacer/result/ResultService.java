package org.pacer.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pacer.audit.AuditLog;
import org.pacer.common.Errors;
import org.pacer.common.NotFoundException;
import org.pacer.common.UserInput;
import org.pacer.common.ValidationException;
import org.pacer.measure.SuccessMeasure;
import org.pacer.measure.SuccessMeasureRepository;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipRepository;
import org.pacer.relationship.RelationshipStatus;
import org.pacer.time.PacerClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes period results from the form, a CSV file or the API. One value per measure and period: a repeat replaces
 * the value and is audited. A submission is checked whole before anything is written.
 */
@Service
@Transactional
public class ResultService {

	/** Three years of monthly reviews: what a trend chart shows and a former report would still hold. */
	static final int MAX_HISTORY_PERIODS = 36;

	private final PeriodResultRepository results;

	private final PeriodResultAuditRepository audits;

	private final SuccessMeasureRepository measures;

	private final RelationshipRepository relationships;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final PacerClock clock;

	private final List<ClosedPeriods> closed;

	public ResultService(PeriodResultRepository results, PeriodResultAuditRepository audits,
			SuccessMeasureRepository measures, RelationshipRepository relationships, AuditLog auditLog,
			ApplicationEventPublisher events, PacerClock clock, List<ClosedPeriods> closed) {
		this.closed = closed;
		this.results = results;
		this.audits = audits;
		this.measures = measures;
		this.relationships = relationships;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	public SubmissionReport submit(long relationshipId, LocalDate periodStart, List<ResultEntry> entries,
			ResultSource source, String actor) {
		Relationship relationship = relationship(relationshipId);
		Map<Long, SuccessMeasure> own = own(relationshipId);
		validate(relationship, periodStart, entries, own);

		Map<Long, PeriodResult> existing = results.findByMeasureIdInAndPeriodStart(own.keySet(), periodStart).stream()
				.collect(Collectors.toMap(PeriodResult::getMeasureId, Function.identity()));
		int accepted = 0;
		int replaced = 0;
		for (ResultEntry entry : entries) {
			PeriodResult current = existing.get(entry.measureId());
			audits.save(new PeriodResultAudit(entry.measureId(), periodStart, current == null ? null : current.getValue(),
					entry.value(), actor, clock.now(), source));
			if (current == null) {
				results.save(new PeriodResult(entry.measureId(), periodStart, entry.value(), actor, clock.now(), source,
						entry.comment()));
				accepted++;
			}
			else {
				current.replace(entry.value(), actor, clock.now(), source, entry.comment());
				replaced++;
			}
		}
		auditLog.record(relationshipId, actor, "RESULTS_SUBMITTED", entries.size() + " result(s) for "
				+ relationship.periodLabel(periodStart) + " by " + source + (replaced > 0 ? ", " + replaced + " replaced" : ""));
		events.publishEvent(new ResultsSubmitted(relationshipId, periodStart, source, actor));
		return new SubmissionReport(accepted, replaced);
	}

	/**
	 * A result of a period before the relationship started in Pacer, from its former reports: it fills the trend and
	 * changes no review. A period has one historical result per measure, never replaced by a second import.
	 */
	public void recordHistory(long relationshipId, LocalDate periodStart, ResultEntry entry, String actor) {
		Relationship relationship = relationship(relationshipId);
		Errors errors = new Errors();
		errors.rejectIf(relationship.getStatus() == RelationshipStatus.ENDED, "relationship",
				"The relationship has ended; it takes no more results");
		if (periodStart == null) {
			throw ValidationException.of("period", "Give the period as its first day, for example "
					+ relationship.getReviewPeriod().periodContaining(relationship.firstPeriod().minusDays(1)));
		}
		LocalDate first = relationship.firstPeriod();
		LocalDate earliest = first.minusMonths((long) MAX_HISTORY_PERIODS * relationship.getReviewPeriod().months());
		errors.rejectIf(!relationship.getReviewPeriod().periodContaining(periodStart).equals(periodStart), "period",
				"A period is named by its first day, for example " + relationship.getReviewPeriod()
						.periodContaining(first.minusDays(1)));
		errors.rejectIf(!periodStart.isBefore(first), "period", "Period " + periodStart + " is not before the "
				+ "relationship started (" + first + "): its results come through the period's task");
		errors.rejectIf(periodStart.isBefore(earliest), "period", "History goes back at most " + MAX_HISTORY_PERIODS
				+ " periods, to " + earliest);
		SuccessMeasure measure = entry.measureId() == null ? null : own(relationshipId).get(entry.measureId());
		errors.rejectIf(measure == null, "measure", "Unknown measure " + entry.measureId() + " for this relationship");
		errors.rejectIf(entry.value() == null, "value", "Give a number");
		try {
			UserInput.amount(entry.value(), "value");
			checkValid(errors, measure, entry.value(), "value");
		}
		catch (ValidationException e) {
			e.fieldErrors().forEach(errors::reject);
		}
		errors.rejectIf(entry.comment() != null && entry.comment().length() > 1000, "comment",
				"Keep the comment under 1000 characters");
		errors.rejectIf(measure != null && !results.findByMeasureIdInAndPeriodStart(List.of(measure.getId()),
				periodStart).isEmpty(), "period", (measure == null ? "" : measure.getName()) + " has a result for "
						+ periodStart + " already");
		errors.throwIfAny();
		audits.save(new PeriodResultAudit(entry.measureId(), periodStart, null, entry.value(), actor, clock.now(),
				ResultSource.HISTORY));
		results.save(new PeriodResult(entry.measureId(), periodStart, entry.value(), actor, clock.now(),
				ResultSource.HISTORY, entry.comment()));
	}

	/** Checks a submission as {@link #submit} does, saving nothing: a bulk request is checked whole first. */
	@Transactional(readOnly = true)
	public void check(long relationshipId, LocalDate periodStart, List<ResultEntry> entries) {
		validate(relationship(relationshipId), periodStart, entries, own(relationshipId));
	}

	private Relationship relationship(long relationshipId) {
		return relationships.findById(relationshipId)
				.orElseThrow(() -> new NotFoundException("Relationship", relationshipId));
	}

	private Map<Long, SuccessMeasure> own(long relationshipId) {
		return measures.findByRelationship(relationshipId).stream()
				.collect(Collectors.toMap(SuccessMeasure::getId, Function.identity()));
	}

	/** The measures of the period that still have no result. */
	@Transactional(readOnly = true)
	public List<SuccessMeasure> missing(long relationshipId, LocalDate periodStart) {
		List<SuccessMeasure> active = measures.findByRelationship(relationshipId).stream()
				.filter(m -> m.activeIn(periodStart)).toList();
		if (active.isEmpty()) {
			return List.of();
		}
		Set<Long> reported = results.findByMeasureIdInAndPeriodStart(active.stream().map(SuccessMeasure::getId).toList(),
				periodStart).stream().map(PeriodResult::getMeasureId).collect(Collectors.toSet());
		return active.stream().filter(m -> !reported.contains(m.getId())).toList();
	}

	/** Whether the period has measures and every one of them has its result. */
	@Transactional(readOnly = true)
	public boolean allIn(long relationshipId, LocalDate periodStart) {
		return measures.findByRelationship(relationshipId).stream().anyMatch(m -> m.activeIn(periodStart))
				&& missing(relationshipId, periodStart).isEmpty();
	}

	@Transactional(readOnly = true)
	public List<PeriodResult> resultsFor(List<SuccessMeasure> of, LocalDate periodStart) {
		return of.isEmpty() ? List.of()
				: results.findByMeasureIdInAndPeriodStart(of.stream().map(SuccessMeasure::getId).toList(), periodStart);
	}

	/** A page of the relationship's results (of one period when given), by period and measure name, from the database. */
	@Transactional(readOnly = true)
	public Page<PeriodResult> page(long relationshipId, LocalDate period, Pageable page) {
		return period == null ? results.pageOf(relationshipId, page) : results.pageOf(relationshipId, period, page);
	}

	@Transactional(readOnly = true)
	public List<PeriodResult> history(List<SuccessMeasure> of) {
		return of.isEmpty() ? List.of()
				: results.findByMeasureIdInOrderByPeriodStartAsc(of.stream().map(SuccessMeasure::getId).toList());
	}

	@Transactional(readOnly = true)
	public List<PeriodResultAudit> auditOf(long measureId, LocalDate periodStart) {
		return audits.findByMeasureIdAndPeriodStartOrderByChangedAtAsc(measureId, periodStart);
	}

	private void validate(Relationship relationship, LocalDate periodStart, List<ResultEntry> entries,
			Map<Long, SuccessMeasure> own) {
		Errors errors = new Errors();
		errors.rejectIf(relationship.getStatus() == RelationshipStatus.ENDED, "relationship",
				"The relationship has ended; it takes no more results");
		if (periodStart == null) {
			throw ValidationException.of("period", "Give the period the results belong to");
		}
		errors.rejectIf(!relationship.getReviewPeriod().periodContaining(periodStart).equals(periodStart), "period",
				"A period is named by its first day, for example " + relationship.firstPeriod());
		errors.rejectIf(periodStart.isBefore(relationship.firstPeriod()), "period",
				"Period " + periodStart + " is before the relationship started");
		errors.rejectIf(periodStart.isAfter(clock.today()), "period", "Period " + periodStart + " has not started yet");
		closed.stream().flatMap(c -> c.whyClosed(relationship.getId(), periodStart).stream()).findFirst()
				.ifPresent(why -> errors.reject("period", why));
		errors.rejectIf(entries == null || entries.isEmpty(), "rows", "Give at least one result");
		Set<Long> seen = new HashSet<>();
		for (int i = 0; entries != null && i < entries.size(); i++) {
			ResultEntry entry = entries.get(i);
			String row = "rows[" + i + "]";
			SuccessMeasure measure = entry.measureId() == null ? null : own.get(entry.measureId());
			if (measure == null) {
				errors.reject(row + ".measureId", "Unknown measure " + entry.measureId() + " for this relationship");
			}
			else if (!measure.activeIn(periodStart)) {
				errors.reject(row + ".measureId", measure.getName() + " was retired before this period");
			}
			else if (!seen.add(entry.measureId())) {
				errors.reject(row + ".measureId", measure.getName() + " appears twice in one submission");
			}
			errors.rejectIf(entry.value() == null, row + ".value", "Give a number");
			try {
				UserInput.amount(entry.value(), row + ".value");
				checkValid(errors, measure, entry.value(), row + ".value");
			}
			catch (ValidationException e) {
				e.fieldErrors().forEach(errors::reject);
			}
			errors.rejectIf(entry.comment() != null && entry.comment().length() > 1000, row + ".comment",
					"Keep the comment under 1000 characters");
		}
		errors.throwIfAny();
	}

	/** A value the measure cannot take (over 100 % availability, a negative count) is refused, not scored. */
	private static void checkValid(Errors errors, SuccessMeasure measure, BigDecimal value, String field) {
		if (measure != null && value != null && !measure.getValidRange().contains(value)) {
			errors.reject(field, measure.getName() + " takes " + measure.getValidRange().describe(measure.getUnit())
					+ "; " + value.stripTrailingZeros().toPlainString() + " is outside");
		}
	}
}
