package org.pacer.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pacer.common.CsvText.CsvRecord;
import org.pacer.common.CsvText.MalformedCsv;

/** The RFC 4180 reader every upload uses, and its refusal of text that is not UTF-8. */
class CsvTextTests {

	@Test
	void readsRecordsSeparatedByAnyLineBreak() {
		// when
		List<CsvRecord> records = CsvText.read("a,b\r\n1,2\n3,4\r5,6\n");

		// then
		assertThat(records).extracting(CsvRecord::fields).containsExactly(List.of("a", "b"), List.of("1", "2"),
				List.of("3", "4"), List.of("5", "6"));
		assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3, 4);
	}

	@Test
	void keepsEmptyFieldsAndReadsALastLineWithoutLineBreak() {
		// when
		List<CsvRecord> records = CsvText.read("a,,b,\n,\nlast");

		// then
		assertThat(records).extracting(CsvRecord::fields).containsExactly(List.of("a", "", "b", ""), List.of("", ""),
				List.of("last"));
	}

	@Test
	void quotedFieldsHoldCommasQuotesAndLineBreaks() {
		// when
		List<CsvRecord> records = CsvText.read(
				"measure,value,comment\n\"Cost, total\",12,\"He said \"\"fine\"\"\"\nAvailability,99,\"two\r\nlines\"\nLast,1,\"\"\n");

		// then
		assertThat(records).extracting(CsvRecord::fields).containsExactly(List.of("measure", "value", "comment"),
				List.of("Cost, total", "12", "He said \"fine\""), List.of("Availability", "99", "two\r\nlines"),
				List.of("Last", "1", ""));
		// a record starts on the line after the line breaks inside the quotes before it
		assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3, 5);
	}

	@Test
	void skipsAByteOrderMark() {
		assertThat(CsvText.read("\uFEFFmeasure,value\n")).extracting(CsvRecord::fields)
				.containsExactly(List.of("measure", "value"));
	}

	@Test
	void refusesAQuotedFieldThatIsNotClosed() {
		assertThatThrownBy(() -> CsvText.read("measure,value\nx,\"12\n"))
				.isInstanceOf(MalformedCsv.class).hasMessage("Line 2: a quoted field is not closed.");
	}

	@Test
	void refusesQuotesInsideAnUnquotedFieldAndTextAfterAClosingQuote() {
		assertThatThrownBy(() -> CsvText.read("a,b\nx,1\"2\"\n")).isInstanceOf(MalformedCsv.class)
				.hasMessageStartingWith("Line 2: a quote inside a field.");
		assertThatThrownBy(() -> CsvText.read("\"a\"b,c\n")).isInstanceOf(MalformedCsv.class)
				.hasMessage("Line 1: text after the closing quote of a field.");
	}

	@Test
	void aQuoteInsideAnUnquotedFieldIsNamedOnItsOwnLineAndBlanksAfterAClosingQuoteAreRead() {
		// a multi-line quoted field and blanks after its closing quote stand before the bare quote
		assertThatThrownBy(() -> CsvText.read("a,b\n\"two\nlines\" ,1\"2\"\n")).isInstanceOf(MalformedCsv.class)
				.hasMessageStartingWith("Line 3: a quote inside a field.");
		assertThat(CsvText.read("a,b\n\"x\" ,\"y\"\t\n")).extracting(CsvRecord::fields)
				.containsExactly(List.of("a", "b"), List.of("x", "y"));
	}

	@Test
	void readsUtf8WithAndWithoutAByteOrderMark() {
		// given
		byte[] plain = "name\nMüller GmbH\n".getBytes(StandardCharsets.UTF_8);
		byte[] marked = "\uFEFFname\nMüller GmbH\n".getBytes(StandardCharsets.UTF_8);

		// then
		assertThat(CsvText.records(plain)).extracting(CsvRecord::fields).containsExactly(List.of("name"),
				List.of("Müller GmbH"));
		assertThat(CsvText.records(marked)).extracting(CsvRecord::fields).containsExactly(List.of("name"),
				List.of("Müller GmbH"));
	}

	@Test
	void aFileInAnotherEncodingIsRefusedOnItsFirstLine() {
		assertThatThrownBy(() -> CsvText.records("name\nMüller\n".getBytes(StandardCharsets.ISO_8859_1)))
				.isInstanceOf(MalformedCsv.class).hasMessage("Line 2: the file is not UTF-8 text from this line on. Save it as \"CSV UTF-8\" and "
						+ "upload it again. A file put together from several exports may mix encodings.");
		assertThatThrownBy(() -> CsvText.records("Müller\n".getBytes(StandardCharsets.ISO_8859_1)))
				.isInstanceOf(MalformedCsv.class)
				.hasMessage("Line 1: the file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
	}

	@Test
	void aFileThatChangesEncodingMidwayNamesTheLineWhereItChanges() {
		// given: two exports pasted together, the second in Windows-1252
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.writeBytes("name\nMüller GmbH\nSøren A/S\n".getBytes(StandardCharsets.UTF_8));
		file.writeBytes("Böhm KG\n".getBytes(StandardCharsets.ISO_8859_1));

		// then
		assertThatThrownBy(() -> CsvText.records(file.toByteArray())).isInstanceOf(MalformedCsv.class)
				.hasMessageStartingWith("Line 4: the file is not UTF-8 text from this line on.");
	}

	@Test
	void takesBackTheQuoteAnExportPutBeforeAFormula() {
		assertThat(CsvText.inert("=SUM(A1)")).isEqualTo("'=SUM(A1)");
		assertThat(CsvText.original(CsvText.inert("=SUM(A1)"))).isEqualTo("=SUM(A1)");
		assertThat(CsvText.original("'quoted")).isEqualTo("'quoted");
	}
}
