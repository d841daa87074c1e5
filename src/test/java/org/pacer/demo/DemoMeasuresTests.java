package org.pacer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The demo's made-up results stay within what each measure can be, however well or badly a provider does. */
class DemoMeasuresTests {

	@Test
	void noResultOfTheDemoIsOutsideItsMeasuresValidValues() {
		for (DemoMeasures measure : DemoMeasures.ALL) {
			for (double quality = -3; quality <= 3; quality += 0.25) {
				assertThat(measure.valid().contains(measure.valueFor(quality)))
						.as("%s at quality %s: %s", measure.name(), quality, measure.valueFor(quality)).isTrue();
			}
		}
	}

	@Test
	void aProviderBeyondTheTargetReportsAtMostAFullHundredPercent() {
		DemoMeasures availability = DemoMeasures.ALL.stream().filter(m -> m.needCode().equals("SERVICE_AVAILABILITY"))
				.findFirst().orElseThrow();
		// a quality of 1.4 would be 100.06 % (the figure issue 14 found in the demo)
		assertThat(availability.valueFor(1.4)).isEqualByComparingTo("100");
	}
}
