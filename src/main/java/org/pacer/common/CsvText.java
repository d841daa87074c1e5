package org.pacer.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Uploaded CSV files as every upload reads them: strict UTF-8, RFC 4180 by Commons CSV, each record with the line it
 * starts on, and spreadsheet formulas a Pacer export made inert taken back.
 */
public final class CsvText {

	/**
	 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first; OWASP "CSV
	 * Injection"), also behind quotes a former export put there. Such a cell is written with one more quote first.
	 */
	private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\t\r]");

	/** The largest upload: what the server's multipart limit lets through, with room for the form around it. */
	public static final long MAX_BYTES = 2 * 1024 * 1024;

	/** Said of a file that is too large, by the server and (before sending it) by the upload forms. */
	public static final String SIZE_LIMIT = "Pacer takes files up to " + MAX_BYTES / (1024 * 1024)
			+ " MB: split it and upload the parts one after the other.";

	/** Said of a file in another encoding (or several), by every upload. */
	public static final String SAVE_AS_UTF8 = "Save it as \"CSV UTF-8\" and upload it again.";

	private CsvText() {
	}

	/** One record of the file and the line it starts on (a quoted field may span lines). */
	public record CsvRecord(int line, List<String> fields) {

		public boolean blank() {
			return fields.stream().allMatch(String::isBlank);
		}
	}

	/** A file that is not CSV by RFC 4180, or not UTF-8, with the line where reading stopped. */
	public static final class MalformedCsv extends RuntimeException {

		MalformedCsv(int line, String problem) {
			super("Line " + line + ": " + problem);
		}
	}

	/** The records of an uploaded file, blank lines left out. */
	public static List<CsvRecord> records(byte[] content) {
		return read(utf8(content)).stream().filter(r -> !r.blank()).toList();
	}

	/**
	 * Reads CSV text by RFC 4180 with Commons CSV: fields separated by commas, records by line breaks (CRLF, LF or
	 * CR); a field in double quotes may hold commas, line breaks and quotes written twice. A byte order mark is
	 * skipped; a record's line is where it starts, one past the line breaks the records before it took.
	 */
	public static List<CsvRecord> read(String text) {
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
				// the library's two refusals of RFC 4180 text; its wording is pinned by CsvTextTests
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
	 * Strict UTF-8, so that a file saved in another encoding is refused rather than read wrong; the line of the first
	 * byte that is not UTF-8 is named, since a file pasted together from two exports may change encoding midway.
	 */
	public static String utf8(byte[] content) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(content);
		CharBuffer out = CharBuffer.allocate(content.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int line = 1;
			for (int i = 0; i < in.position(); i++) {
				line += content[i] == '\n' ? 1 : 0;
			}
			throw new MalformedCsv(line, line == 1 ? "the file is not UTF-8 text. " + SAVE_AS_UTF8
					: "the file is not UTF-8 text from this line on. " + SAVE_AS_UTF8
							+ " A file put together from several exports may mix encodings.");
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	/**
	 * The text as an export writes it: a formula made inert by a leading single quote, which spreadsheets show
	 * as text and {@link #original} takes off again, so an exported file uploads with the original values.
	 */
	public static String inert(String text) {
		return FORMULA.matcher(text).find() ? "'" + text : text;
	}

	/** The original text of a cell {@link #inert} wrote; every other cell as it is. */
	public static String original(String cell) {
		return cell.startsWith("'") && FORMULA.matcher(cell).find() ? cell.substring(1) : cell;
	}

	public static String tooLarge(long bytes) {
		return String.format(Locale.ROOT, "The file is %.1f MB. ", bytes / (1024.0 * 1024)) + SIZE_LIMIT;
	}

	/** Names a file's content, so the file confirmed is the file previewed. */
	public static String checksum(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
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
}
