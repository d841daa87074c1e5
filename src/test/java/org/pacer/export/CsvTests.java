package org.pacer.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What the CSV writer puts in a file: quotes where RFC 4180 needs them, numbers plain, formulas inert. */
class CsvTests {

	@Test
	void quotesFieldsWithCommasQuotesAndLineBreaksWritesNumbersPlainAndFormulasInert() {
		// when
		String text = new Csv(List.of("a", "b", "c")).row("x, y", "say \"hi\"\nthen", "=1+1")
				.row(new BigDecimal("99.5000"), -3, null).row("-2.5", new BigDecimal("-2.50"), "plain").toString();

		// then
		assertThat(text).isEqualTo("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\nthen\",'=1+1\r\n99.5,-3,\r\n'-2.5,-2.5,plain\r\n");
	}
}
