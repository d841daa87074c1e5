package org.pacer.export;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.pacer.common.CsvText;

/** Writes CSV by RFC 4180 with Commons CSV, as ResultsCsv reads it: CRLF line ends, fields quoted when they need it. */
final class Csv {

	private final StringBuilder text = new StringBuilder();

	Csv(List<String> header) {
		row(header.toArray());
	}

	Csv row(Object... fields) {
		text.append(CSVFormat.RFC4180.format(Arrays.stream(fields).map(Csv::field).toArray()))
				.append(CSVFormat.RFC4180.getRecordSeparator());
		return this;
	}

	@Override
	public String toString() {
		return text.toString();
	}

	/**
	 * Numbers as people write them (99.5, not 99.5000), a negative one too; a text a spreadsheet would run as a
	 * formula made inert.
	 */
	private static String field(Object value) {
		return value == null ? ""
				: value instanceof BigDecimal decimal ? decimal.stripTrailingZeros().toPlainString()
				: value instanceof Number number ? number.toString() : CsvText.inert(value.toString());
	}
}
