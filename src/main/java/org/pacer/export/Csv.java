package org.pacer.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.pacer.result.ResultsCsv;

/** Writes CSV by RFC 4180, as ResultsCsv reads it: CRLF line ends, fields quoted when they need it. */
final class Csv {

	private final StringBuilder text = new StringBuilder();

	Csv(List<String> header) {
		row(header.toArray());
	}

	Csv row(Object... fields) {
		text.append(java.util.Arrays.stream(fields).map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
		return this;
	}

	private static String plain(Number number) {
		return number instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString() : number.toString();
	}

	@Override
	public String toString() {
		return text.toString();
	}

	/**
	 * Numbers as people write them (99.5, not 99.5000), a negative one too; a text a spreadsheet would run as a
	 * formula made inert; a field with a comma, quote or line break in quotes.
	 */
	private static String field(Object value) {
		String text = value == null ? ""
				: value instanceof Number number ? plain(number) : ResultsCsv.inert(value.toString());
		return text.matches("(?s).*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}
}
