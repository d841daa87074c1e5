package org.pacer.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pacer.result.ResultsCsv.Upload;

/** The checks of a results file that need no measures (reading CSV itself: CsvTextTests). */
class ResultsCsvTests {

	private static final LocalDate PERIOD = LocalDate.of(2026, 1, 1);

	@Test
	void aQuotedCommentHoldsCommasQuotesAndLineBreaksAndLaterRowsKeepTheirLines() {
		// given
		String csv = "measure,value,comment\nAvailability,99,\"slow, then \"\"fine\"\"\r\nafter the fix\"\nCost,12,\n";

		// when
		Upload upload = ResultsCsv.check(csv.getBytes(StandardCharsets.UTF_8), PERIOD, List.of());

		// then
		assertThat(upload.problems()).isEmpty();
		assertThat(upload.rows()).extracting(ResultsCsv.Row::line).containsExactly(2, 4);
		assertThat(upload.rows()).extracting(ResultsCsv.Row::comment)
				.containsExactly("slow, then \"fine\"\r\nafter the fix", null);
		assertThat(upload.rows().get(1).errors())
				.containsExactly("Unknown measure 'Cost': it is not a measure of this period.");
	}

	@Test
	void anUploadWithAQuoteNotClosedIsRefusedNamingTheLineItStartsOn() {
		// when
		Upload upload = ResultsCsv.check("measure,value,comment\nAvailability,99,ok\nCost,12,\"never closed\nstill open\n"
				.getBytes(StandardCharsets.UTF_8), PERIOD, List.of());

		// then
		assertThat(upload.problems()).containsExactly("Line 3: a quoted field is not closed.");
		assertThat(upload.rows()).isEmpty();
		assertThat(upload.saveable()).isFalse();
	}

	@Test
	void refusesAFileOverTwoMegabytesUnread() {
		// given
		byte[] content = new byte[(int) ResultsCsv.MAX_BYTES + 1];

		// when
		Upload upload = ResultsCsv.check(content, PERIOD, List.of());

		// then
		assertThat(upload.saveable()).isFalse();
		assertThat(upload.problems()).containsExactly(
				"The file is 2.0 MB. Pacer takes files up to 2 MB: split it and upload the parts one after the other.");
	}

	@Test
	void refusesMoreThanFiveThousandRows() {
		// given
		String rows = "measure,value\n" + "Availability,99\n".repeat(ResultsCsv.MAX_ROWS + 1);

		// when
		Upload upload = ResultsCsv.check(rows.getBytes(StandardCharsets.UTF_8), PERIOD, List.of());

		// then
		assertThat(upload.problems()).containsExactly("The file has 5001 rows of results; upload at most 5000 at a time.");
		assertThat(upload.rows()).isEmpty();
	}

	@Test
	void refusesAHeaderWithUnknownOrMissingColumns() {
		// when
		Upload upload = ResultsCsv.check("measure,vaule\nAvailability,99\n".getBytes(StandardCharsets.UTF_8), PERIOD,
				List.of());

		// then
		assertThat(upload.problems()).containsExactly(
				"The header row has an unknown column 'vaule'. The columns are period, measure_id, measure, unit, value, comment.",
				"The first row must be the header row, with a 'value' column. The columns are period, measure_id, measure, unit, value, comment.");
	}

	@Test
	void refusesAFileWithoutAWayToNameTheMeasure() {
		assertThat(ResultsCsv.check("period,value\n2026-01-01,99\n".getBytes(StandardCharsets.UTF_8), PERIOD,
				List.of()).problems()).containsExactly(
						"The header row needs a 'measure_id' or a 'measure' column to say which measure a row is for.");
	}

	@Test
	void refusesEmptyFilesHeaderOnlyFilesAndOtherEncodings() {
		assertThat(ResultsCsv.check("\n\n".getBytes(StandardCharsets.UTF_8), PERIOD, List.of()).problems())
				.containsExactly("The file is empty.");
		assertThat(ResultsCsv.check("measure,value\n".getBytes(StandardCharsets.UTF_8), PERIOD, List.of()).problems())
				.containsExactly("The file has a header row but no results under it.");
		assertThat(ResultsCsv.check("measure,value\nDurchlässigkeit,1\n".getBytes(StandardCharsets.ISO_8859_1), PERIOD,
				List.of()).problems())
				.containsExactly("Line 2: the file is not UTF-8 text from this line on. Save it as \"CSV UTF-8\" and "
						+ "upload it again. A file put together from several exports may mix encodings.");
	}

	@Test
	void theColumnsStayInTheirOrderForAnExport() {
		assertThat(String.join(",", ResultsCsv.COLUMNS)).isEqualTo("period,measure_id,measure,unit,value,comment");
	}
}
