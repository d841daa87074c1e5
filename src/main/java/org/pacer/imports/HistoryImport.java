package org.pacer.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pacer.common.UserInput;
import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.result.MeasureLookup;
import org.pacer.result.ResultEntry;
import org.pacer.result.ResultService;
import org.springframework.stereotype.Component;

/**
 * A relationship's results from before it started in Pacer, one measure and period per row, so its trend is not
 * empty on day one. The columns are those of a results file, with the period on every row.
 */
@Component
class HistoryImport implements RowImporter {

	private final ResultService results;

	private final MeasureService measures;

	HistoryImport(ResultService results, MeasureService measures) {
		this.results = results;
		this.measures = measures;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.HISTORY;
	}

	@Override
	public String title() {
		return "Historical results";
	}

	@Override
	public String summary() {
		return "Results of one relationship's measures for periods before it started in Pacer, one measure and "
				+ "period per row; they fill the trend and change no review.";
	}

	@Override
	public List<ImportColumn> columns() {
		return List.of(ImportColumn.required("period", "The period's first day, as YYYY-MM-DD", "2025-12-01"),
				ImportColumn.optional("measure_id", "The measure's id (or name it in 'measure')", "12"),
				ImportColumn.optional("measure", "The measure's name (or give 'measure_id')", "Availability"),
				ImportColumn.optional("unit", "Checked against the measure's unit when given", "%"),
				ImportColumn.required("value", "The result, a number", "99.95"),
				ImportColumn.optional("comment", "Up to 1000 characters", "from the 2025 service report"));
	}

	@Override
	public boolean mayImport(CurrentUser me) {
		return !me.isProvider() && (me.isManager() || me.has(Roles.ROLE_ADMIN));
	}

	@Override
	public String keyOf(ImportRow row) {
		String measure = row.get("measure_id") != null ? row.get("measure_id") : row.get("measure");
		return measure == null || row.get("period") == null ? null
				: measure.toLowerCase(Locale.ROOT) + " " + row.get("period");
	}

	@Override
	public String keyColumn() {
		return "period";
	}

	@Override
	public RowWriter open(ImportContext context) {
		List<SuccessMeasure> own = measures.measuresOf(context.relationshipId());
		if (own.isEmpty()) {
			throw ValidationException.of("relationshipId",
					"The relationship has no success measures yet: define them first, then import their history");
		}
		MeasureLookup lookup = new MeasureLookup(own, "this relationship");
		return row -> {
			Map<String, String> refused = new LinkedHashMap<>();
			List<String> measureErrors = new ArrayList<>();
			SuccessMeasure measure = lookup.find(row.get("measure_id"), row.get("measure"), row.get("unit"),
					measureErrors);
			if (!measureErrors.isEmpty()) {
				refused.put(row.get("measure_id") != null ? "measure_id" : "measure", String.join(" ", measureErrors));
			}
			LocalDate period = null;
			try {
				period = row.get("period") == null ? null : LocalDate.parse(row.get("period"));
			}
			catch (DateTimeParseException e) {
				refused.put("period", "'" + row.get("period") + "' is not a date as YYYY-MM-DD");
			}
			BigDecimal value = null;
			try {
				value = UserInput.amount(row.get("value"), "value");
			}
			catch (ValidationException e) {
				refused.putAll(e.fieldErrors());
			}
			if (measure != null && !refused.containsKey("period") && !refused.containsKey("value")) {
				try {
					results.recordHistory(context.relationshipId(), period,
							new ResultEntry(measure.getId(), value, row.get("comment")), context.actor());
				}
				catch (ValidationException e) {
					e.fieldErrors().forEach(refused::putIfAbsent);
				}
			}
			if (!refused.isEmpty()) {
				throw new ValidationException(refused);
			}
		};
	}
}
