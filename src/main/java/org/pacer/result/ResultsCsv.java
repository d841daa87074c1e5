package org.pacer.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pacer.common.CsvText;
import org.pacer.common.CsvText.CsvRecord;
import org.pacer.common.CsvText.MalformedCsv;
import org.pacer.common.UserInput;
import org.pacer.common.ValidationException;
import org.pacer.measure.SuccessMeasure;

/**
 * Period results as CSV: the columns, the reading (Commons CSV), and the check of an upload against the measures of
 * one period. Checking saves nothing; the caller saves the entries of an upload without errors.
 */
public final class ResultsCsv {

	/** The columns of a results file, in this order; an export writes the same ones so a file can come back. */
	public static final List<String> COLUMNS = List.of("period", "measure_id", "measure", "unit", "value", "comment");

	public static final long MAX_BYTES = CsvText.MAX_BYTES;

	public static final int MAX_ROWS = 5000;

	public static final String SIZE_LIMIT = CsvText.SIZE_LIMIT;


	/** Rows without errors shown in a preview; the rest is counted, rows with errors are always shown. */
	static final int PREVIEW_ROWS = 100;

	private ResultsCsv() {
	}

	/** A result row as understood: the measure it names, its value, and what is wrong with it. */
	public record Row(int line, SuccessMeasure measure, String measureText, String valueText, BigDecimal value,
			String comment, List<String> errors) {

		public boolean ok() {
			return errors.isEmpty();
		}

		public String measureLabel() {
			return measure != null ? measure.getName() : measureText;
		}
	}

	/**
	 * A checked file: its rows, the problems of the file as a whole (then there are no rows), and a checksum so
	 * that the file confirmed is the file previewed.
	 */
	public record Upload(List<Row> rows, List<String> problems, String checksum) {

		public static Upload refused(String problem) {
			return new Upload(List.of(), List.of(problem), null);
		}

		public boolean saveable() {
			return problems.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(Row::ok);
		}

		public long errorCount() {
			return rows.stream().filter(r -> !r.ok()).count();
		}

		/** Every row with an error, and the first rows without one: enough to see the file was understood. */
		public List<Row> shown() {
			List<Row> shown = new ArrayList<>();
			int fine = 0;
			for (Row row : rows) {
				if (!row.ok() || fine++ < PREVIEW_ROWS) {
					shown.add(row);
				}
			}
			return shown;
		}

		public int hidden() {
			return rows.size() - shown().size();
		}

		public List<ResultEntry> entries() {
			return rows.stream().map(r -> new ResultEntry(r.measure().getId(), r.value(), r.comment())).toList();
		}

		/** The upload again with the reasons the saving was refused, each on the row it names. */
		Upload refusedBy(ValidationException refusal) {
			List<Row> marked = new ArrayList<>(rows);
			List<String> general = new ArrayList<>();
			refusal.fieldErrors().forEach((key, message) -> {
				Integer index = SubmitResultsForm.rowOf(key);
				if (index == null || index >= marked.size()) {
					general.add(message);
					return;
				}
				Row row = marked.get(index);
				List<String> errors = new ArrayList<>(row.errors());
				errors.add(message);
				marked.set(index, new Row(row.line(), row.measure(), row.measureText(), row.valueText(), row.value(),
						row.comment(), errors));
			});
			return new Upload(marked, general, checksum);
		}
	}

	/**
	 * Checks an uploaded file against the active measures of the period: every row must name one of them (by id
	 * or by name), once, with a number, in the measure's unit and for this period when it says so.
	 */
	public static Upload check(byte[] content, LocalDate period, List<SuccessMeasure> measures) {
		if (content.length > MAX_BYTES) {
			return Upload.refused(CsvText.tooLarge(content.length));
		}
		String checksum = CsvText.checksum(content);
		List<CsvRecord> records;
		try {
			records = CsvText.records(content);
		}
		catch (MalformedCsv e) {
			return Upload.refused(e.getMessage());
		}
		if (records.isEmpty()) {
			return Upload.refused("The file is empty.");
		}
		Map<String, Integer> columns = new HashMap<>();
		List<String> problems = header(records.get(0), columns);
		if (!problems.isEmpty()) {
			return new Upload(List.of(), problems, checksum);
		}
		List<CsvRecord> data = records.subList(1, records.size());
		if (data.isEmpty()) {
			return Upload.refused("The file has a header row but no results under it.");
		}
		if (data.size() > MAX_ROWS) {
			return Upload.refused("The file has " + data.size() + " rows of results; upload at most " + MAX_ROWS
					+ " at a time.");
		}
		MeasureLookup lookup = new MeasureLookup(measures, "this period");
		Map<Long, Integer> lineOf = new HashMap<>();
		List<Row> rows = data.stream().map(r -> row(r, columns, period, lookup, lineOf)).toList();
		return new Upload(rows, List.of(), checksum);
	}

	/** Fills the column positions from the header row and says what is wrong with it. */
	private static List<String> header(CsvRecord header, Map<String, Integer> columns) {
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < header.fields().size(); i++) {
			String name = MeasureLookup.key(header.fields().get(i));
			if (!COLUMNS.contains(name)) {
				problems.add("The header row has an unknown column '" + header.fields().get(i).trim()
						+ "'. The columns are " + String.join(", ", COLUMNS) + ".");
			}
			else if (columns.putIfAbsent(name, i) != null) {
				problems.add("The header row names the column '" + name + "' twice.");
			}
		}
		if (!columns.containsKey("value")) {
			problems.add("The first row must be the header row, with a 'value' column. The columns are "
					+ String.join(", ", COLUMNS) + ".");
		}
		if (!columns.containsKey("measure_id") && !columns.containsKey("measure")) {
			problems.add("The header row needs a 'measure_id' or a 'measure' column to say which measure a row is for.");
		}
		return problems;
	}

	private static Row row(CsvRecord record, Map<String, Integer> columns, LocalDate period, MeasureLookup lookup,
			Map<Long, Integer> lineOf) {
		List<String> errors = new ArrayList<>();
		if (record.fields().size() > columns.size()) {
			errors.add("The row has " + record.fields().size() + " fields but the header row " + columns.size()
					+ "; a value with a comma needs quotes.");
		}
		String periodText = cell(record, columns, "period");
		if (periodText != null) {
			try {
				LocalDate stated = LocalDate.parse(periodText);
				if (!stated.equals(period)) {
					errors.add("Period " + stated + " is not the period of this task, " + period + ".");
				}
			}
			catch (DateTimeParseException e) {
				errors.add("Period '" + periodText + "' is not a date as YYYY-MM-DD.");
			}
		}
		String idText = cell(record, columns, "measure_id");
		String name = cell(record, columns, "measure");
		SuccessMeasure measure = lookup.find(idText, name, cell(record, columns, "unit"), errors);
		if (measure != null) {
			Integer earlier = lineOf.putIfAbsent(measure.getId(), record.line());
			if (earlier != null) {
				errors.add(measure.getName() + " appears twice, also on line " + earlier + ".");
			}
		}
		String valueText = cell(record, columns, "value");
		BigDecimal value = null;
		if (valueText == null) {
			errors.add("No value: give a number, or leave the row out.");
		}
		else {
			try {
				value = UserInput.amount(valueText, "value");
			}
			catch (ValidationException e) {
				errors.add(e.fieldErrors().get("value") + ".");
			}
		}
		return new Row(record.line(), measure, idText != null ? idText : name, valueText, value,
				cell(record, columns, "comment"), errors);
	}

	private static String cell(CsvRecord record, Map<String, Integer> columns, String column) {
		Integer index = columns.get(column);
		if (index == null || index >= record.fields().size()) {
			return null;
		}
		String value = CsvText.original(record.fields().get(index).trim());
		return value.isBlank() ? null : value;
	}
}
