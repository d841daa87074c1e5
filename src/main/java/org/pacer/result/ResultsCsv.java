package org.pacer.result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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

	public static final long MAX_BYTES = 2 * 1024 * 1024;

	public static final int MAX_ROWS = 5000;

	/** Said of a file that is too large, by the server and (before sending it) by the upload form. */
	public static final String SIZE_LIMIT = "Pacer takes files up to " + MAX_BYTES / (1024 * 1024)
			+ " MB: split it and upload the parts one after the other.";

	/**
	 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first; OWASP "CSV
	 * Injection"), also behind quotes a former export put there. Such a cell is written with one more quote first.
	 */
	private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\t\r]");

	/** Rows without errors shown in a preview; the rest is counted, rows with errors are always shown. */
	static final int PREVIEW_ROWS = 100;

	private ResultsCsv() {
	}

	/** One record of the file and the line it starts on (a quoted field may span lines). */
	public record CsvRecord(int line, List<String> fields) {

		boolean blank() {
			return fields.stream().allMatch(String::isBlank);
		}
	}

	/** A file that is not CSV by RFC 4180, with the line where reading stopped. */
	public static final class MalformedCsv extends RuntimeException {

		MalformedCsv(int line, String problem) {
			super("Line " + line + ": " + problem);
		}
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
			return Upload.refused(tooLarge(content.length));
		}
		String checksum = checksum(content);
		List<CsvRecord> records;
		try {
			records = read(utf8(content)).stream().filter(r -> !r.blank()).toList();
		}
		catch (CharacterCodingException e) {
			return Upload.refused("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
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
		Map<Long, SuccessMeasure> byId = measures.stream()
				.collect(Collectors.toMap(SuccessMeasure::getId, Function.identity()));
		Map<String, SuccessMeasure> byName = measures.stream()
				.collect(Collectors.toMap(m -> key(m.getName()), Function.identity(), (a, b) -> a));
		Map<Long, Integer> lineOf = new HashMap<>();
		List<Row> rows = data.stream().map(r -> row(r, columns, period, byId, byName, lineOf)).toList();
		return new Upload(rows, List.of(), checksum);
	}

	/**
	 * The text as an export writes it: a formula made inert by a leading single quote, which spreadsheets show
	 * as text and {@link #check} takes off again, so an exported file uploads with the original values.
	 */
	public static String inert(String text) {
		return FORMULA.matcher(text).find() ? "'" + text : text;
	}

	/** The original text of a cell {@link #inert} wrote; every other cell as it is. */
	static String original(String cell) {
		return cell.startsWith("'") && FORMULA.matcher(cell).find() ? cell.substring(1) : cell;
	}

	public static String tooLarge(long bytes) {
		return String.format(Locale.ROOT, "The file is %.1f MB. ", bytes / (1024.0 * 1024)) + SIZE_LIMIT;
	}

	/**
	 * Reads CSV text by RFC 4180 with Commons CSV: fields separated by commas, records by line breaks (CRLF, LF or
	 * CR); a field in double quotes may hold commas, line breaks and quotes written twice. A byte order mark is
	 * skipped; a record's line is where it starts, one past the line breaks the records before it took.
	 */
	static List<CsvRecord> read(String text) {
		String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<CsvRecord> records = new ArrayList<>();
		int line = 1;
		try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
			try {
				for (CSVRecord record : parser) {
					refuseBareQuote(csv, record, line);
					records.add(new CsvRecord(line, record.toList()));
					line = (int) parser.getCurrentLineNumber() + 1;
				}
			}
			catch (UncheckedIOException e) {
				// the library's two refusals of RFC 4180 text; its wording is pinned by ResultsCsvTests
				throw e.getCause().getMessage().contains("EOF reached before encapsulated token finished")
						? new MalformedCsv(line, "a quoted field is not closed.")
						: new MalformedCsv((int) parser.getCurrentLineNumber(), "text after the closing quote of a field.");
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Reading a string cannot fail", e);
		}
		return records;
	}

	/**
	 * Commons CSV takes a quote inside an unquoted field as text, RFC 4180 does not: such a field needed quotes, so
	 * it is refused on its line. The library has read the values, so a quoted field before it is as long as its
	 * value with each quote twice and the two around it, up to the next comma (blanks may follow the closing quote).
	 */
	private static void refuseBareQuote(String csv, CSVRecord record, int line) {
		int start = (int) record.getCharacterPosition();
		int at = start;
		for (String value : record) {
			if (csv.startsWith("\"", at)) {
				at += value.length() + (int) value.chars().filter(c -> c == '"').count() + 2;
				while (at < csv.length() && ",\r\n".indexOf(csv.charAt(at)) < 0) {
					at++;
				}
			}
			else if (value.contains("\"")) {
				throw new MalformedCsv(line + csv.substring(start, at).split("\r\n|\r|\n", -1).length - 1,
						"a quote inside a field. Put the whole field in quotes and write the quote twice (\"\").");
			}
			else {
				at += value.length();
			}
			at++;
		}
	}

	/** Fills the column positions from the header row and says what is wrong with it. */
	private static List<String> header(CsvRecord header, Map<String, Integer> columns) {
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < header.fields().size(); i++) {
			String name = key(header.fields().get(i));
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

	private static Row row(CsvRecord record, Map<String, Integer> columns, LocalDate period,
			Map<Long, SuccessMeasure> byId, Map<String, SuccessMeasure> byName, Map<Long, Integer> lineOf) {
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
		SuccessMeasure measure = null;
		if (idText != null) {
			measure = byId.get(id(idText));
			if (measure == null) {
				errors.add("Unknown measure id '" + idText + "': it is not a measure of this period.");
			}
			else if (name != null && !key(name).equals(key(measure.getName()))) {
				errors.add("Measure id " + idText + " is '" + measure.getName() + "', not '" + name + "'.");
			}
		}
		else if (name != null) {
			measure = byName.get(key(name));
			if (measure == null) {
				errors.add("Unknown measure '" + name + "': it is not a measure of this period.");
			}
		}
		else {
			errors.add("Say which measure the row is for, by measure_id or measure.");
		}
		String unit = cell(record, columns, "unit");
		if (measure != null && unit != null && !key(unit).equals(key(measure.getUnit()))) {
			errors.add("Unit '" + unit + "' does not match the measure's unit '" + measure.getUnit() + "'.");
		}
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
		String value = original(record.fields().get(index).trim());
		return value.isBlank() ? null : value;
	}

	private static Long id(String text) {
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String key(String text) {
		return text.trim().toLowerCase(Locale.ROOT);
	}

	/** Strict UTF-8, so that a file saved in another encoding is refused rather than read wrong. */
	private static String utf8(byte[] content) throws CharacterCodingException {
		return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
	}

	private static String checksum(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
