package org.pacer.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.pacer.common.UserInput;
import org.pacer.common.ValidationException;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.result.PeriodResult;
import org.pacer.result.ResultEntry;
import org.pacer.result.ResultService;
import org.pacer.result.ResultSource;
import org.pacer.result.ResultsCsv;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A bulk push of results: many measures and periods of one relationship in one call. Every row is checked first
 * (here for the shape of the row, by {@link ResultService#check} for everything the portal checks too); with any
 * refused row nothing is saved. Otherwise each period goes through {@link ResultService#submit}, which audits
 * replacements and, with the period complete, lets the waiting "Submit period results" task complete itself.
 */
@Service
class ResultPush {

	public enum Outcome {
		ACCEPTED, REPLACED, REFUSED, NOT_SAVED
	}

	/** What happened to one row of the request. */
	public record RowOutcome(int row, Long measureId, String period, Outcome outcome, List<String> reasons) {
	}

	/** The answer to a push: every row, and the counts. */
	public record Report(int accepted, int replaced, int refused, List<RowOutcome> rows) {
	}

	/** A push refused whole: the problems by field, and every row's outcome. */
	public static class Refused extends RuntimeException {

		private final List<Problems.FieldError> errors;

		private final Report report;

		Refused(List<Problems.FieldError> errors, Report report) {
			super("Refused push");
			this.errors = errors;
			this.report = report;
		}

		public List<Problems.FieldError> errors() {
			return errors;
		}

		public Report report() {
			return report;
		}
	}

	private final ResultService results;

	private final MeasureService measures;

	public ResultPush(ResultService results, MeasureService measures) {
		this.results = results;
		this.measures = measures;
	}

	/** A row that has the shape of a result, with its index in the request. */
	private record Parsed(int index, LocalDate period, ResultEntry entry) {
	}

	@Transactional
	public Report push(long relationshipId, ResultRows request, String actor) {
		Map<String, String> errors = new LinkedHashMap<>();
		request.unknownFields().forEach(f -> errors.put(f, "Unknown field; the body has only 'rows'"));
		List<ResultRows.Row> rows = request.getRows() == null ? List.of() : request.getRows();
		if (rows.isEmpty()) {
			errors.put("rows", "Give at least one row");
		}
		if (rows.size() > ResultsCsv.MAX_ROWS) {
			throw new ValidationException(Map.of("rows", "Send at most " + ResultsCsv.MAX_ROWS + " rows per request"));
		}
		Map<Long, SuccessMeasure> own = measures.measuresOf(relationshipId).stream()
				.collect(Collectors.toMap(SuccessMeasure::getId, Function.identity()));
		List<Parsed> parsed = new ArrayList<>();
		Map<String, Integer> firstRowOf = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			Parsed row = parse(i, rows.get(i), own, firstRowOf, errors);
			if (row != null) {
				parsed.add(row);
			}
		}
		Map<LocalDate, List<Parsed>> byPeriod = parsed.stream()
				.collect(Collectors.groupingBy(Parsed::period, LinkedHashMap::new, Collectors.toList()));
		byPeriod.forEach((period, group) -> check(relationshipId, period, group, errors));
		if (!errors.isEmpty()) {
			List<Problems.FieldError> listed = Problems.errorsOf(errors);
			throw new Refused(listed, refusedReport(rows, listed));
		}

		List<RowOutcome> outcomes = new ArrayList<>();
		int replaced = 0;
		for (var group : byPeriod.entrySet()) {
			List<ResultEntry> entries = group.getValue().stream().map(Parsed::entry).toList();
			Set<Long> existing = results.resultsFor(entries.stream().map(e -> own.get(e.measureId())).toList(),
					group.getKey()).stream().map(PeriodResult::getMeasureId).collect(Collectors.toSet());
			for (Parsed row : group.getValue()) {
				boolean replaces = existing.contains(row.entry().measureId());
				replaced += replaces ? 1 : 0;
				outcomes.add(new RowOutcome(row.index(), row.entry().measureId(), row.period().toString(),
						replaces ? Outcome.REPLACED : Outcome.ACCEPTED, List.of()));
			}
			results.submit(relationshipId, group.getKey(), entries, ResultSource.API, actor);
		}
		outcomes.sort((a, b) -> Integer.compare(a.row(), b.row()));
		return new Report(outcomes.size() - replaced, replaced, 0, outcomes);
	}

	/** The row as a result, or null with its problems added: each field is named with the row's index. */
	private static Parsed parse(int index, ResultRows.Row row, Map<Long, SuccessMeasure> own,
			Map<String, Integer> firstRowOf, Map<String, String> errors) {
		String at = "rows[" + index + "].";
		if (row == null) {
			errors.put("rows[" + index + "]", "A row is an object with period, measureId and value");
			return null;
		}
		int before = errors.size();
		row.unknownFields().forEach(f -> errors.put(at + f,
				"Unknown field; a row has period, measureId, value, unit and comment"));
		LocalDate period = null;
		if (row.getPeriod() == null || row.getPeriod().isBlank()) {
			errors.put(at + "period", "Give the period, by its first day as YYYY-MM-DD");
		}
		else {
			period = parsed(() -> UserInput.date(row.getPeriod(), at + "period"), errors);
		}
		SuccessMeasure measure = row.getMeasureId() == null ? null : own.get(row.getMeasureId());
		if (row.getMeasureId() == null) {
			errors.put(at + "measureId", "Give the id of the measure");
		}
		else if (measure == null) {
			errors.put(at + "measureId", "Unknown measure " + row.getMeasureId() + " for this relationship");
		}
		else if (row.getUnit() != null && !row.getUnit().trim().equalsIgnoreCase(measure.getUnit())) {
			errors.put(at + "unit", "Unit '" + row.getUnit() + "' does not match the measure's unit '"
					+ measure.getUnit() + "'");
		}
		BigDecimal value = null;
		if (row.getValue() == null || row.getValue().isBlank()) {
			errors.put(at + "value", "Give a number");
		}
		else {
			value = parsed(() -> UserInput.amount(row.getValue(), at + "value"), errors);
		}
		if (period != null && row.getMeasureId() != null) {
			Integer first = firstRowOf.putIfAbsent(row.getMeasureId() + "@" + period, index);
			if (first != null) {
				errors.put(at + "measureId", "Measure " + row.getMeasureId() + " for " + period
						+ " appears twice in this request, also in row " + first);
			}
		}
		return errors.size() > before ? null
				: new Parsed(index, period, new ResultEntry(measure.getId(), value, row.getComment()));
	}

	/** The value parsed, or null with the parser's refusal added. */
	private static <T> T parsed(Supplier<T> parse, Map<String, String> errors) {
		try {
			return parse.get();
		}
		catch (ValidationException e) {
			errors.putAll(e.fieldErrors());
			return null;
		}
	}

	/** The service's own checks of one period, its errors named by the rows of the request. */
	private void check(long relationshipId, LocalDate period, List<Parsed> group, Map<String, String> errors) {
		try {
			results.check(relationshipId, period, group.stream().map(Parsed::entry).toList());
		}
		catch (ValidationException e) {
			e.fieldErrors().forEach((field, message) -> {
				Problems.FieldError error = Problems.FieldError.of(field, message);
				if (error.row() != null) {
					errors.putIfAbsent("rows[" + group.get(error.row()).index() + "]"
							+ field.substring(field.indexOf(']') + 1), message);
				}
				else if (field.equals("period")) {
					group.forEach(row -> errors.putIfAbsent("rows[" + row.index() + "].period", message));
				}
				else {
					errors.putIfAbsent(field, message);
				}
			});
		}
	}

	private static Report refusedReport(List<ResultRows.Row> rows, List<Problems.FieldError> errors) {
		Map<Integer, List<String>> reasons = errors.stream().filter(e -> e.row() != null)
				.collect(Collectors.groupingBy(Problems.FieldError::row,
						Collectors.mapping(e -> e.field() + ": " + e.message(), Collectors.toList())));
		List<RowOutcome> outcomes = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ResultRows.Row row = rows.get(i);
			List<String> why = reasons.get(i);
			outcomes.add(new RowOutcome(i, row == null ? null : row.getMeasureId(),
					row == null ? null : row.getPeriod(), why == null ? Outcome.NOT_SAVED : Outcome.REFUSED,
					why == null ? List.of() : why));
		}
		int refused = (int) outcomes.stream().filter(o -> o.outcome() == Outcome.REFUSED).count();
		return new Report(0, 0, refused, outcomes);
	}
}
