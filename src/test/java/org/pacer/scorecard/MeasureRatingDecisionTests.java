package org.pacer.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The measure-rating table on its own, through a standalone DMN engine; UNIQUE makes overlapping rules fail here. */
class MeasureRatingDecisionTests {

	private static DmnEngine engine;
	private static DmnDecision decision;

	@BeforeAll
	static void parseDecision() throws Exception {
		engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = MeasureRatingDecisionTests.class.getClassLoader()
				.getResourceAsStream("processes/measure-rating.dmn")) {
			decision = engine.parseDecision("measure-rating", in);
		}
	}

	@ParameterizedTest(name = "attainment {0} -> {1}")
	@CsvSource({
			"250, GREEN",
			"100, GREEN",
			"99.99, AMBER",
			"40, AMBER",
			"0, AMBER",
			"-0.01, RED",
			"-150, RED" })
	void ratesEveryRuleAndBoundary(double attainment, String expected) {
		// given / when
		DmnDecisionResult result = engine.evaluateDecision(decision, Map.of("attainment", attainment));

		// then
		assertThat(result).hasSize(1);
		assertThat(result.getSingleResult().<String>getSingleEntry()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "attainment {0} -> {1}")
	@CsvSource({
			"100, GREEN",
			"99.99, AMBER",
			"0, AMBER",
			"-0.01, RED" })
	void dmnRatingTableMapsTheDecisionToRatings(String attainment, Rating expected) {
		// given
		DmnRatingTable table = new DmnRatingTable(engine, decision);

		// when
		Rating rating = table.rate(new BigDecimal(attainment));

		// then
		assertThat(rating).isEqualTo(expected);
	}

	@Test
	void aRememberedRatingIsTheOneTheDecisionGives() {
		// given one table asked twice for every attainment from -150 to 250 in steps of 0.37
		DmnRatingTable table = new DmnRatingTable(engine, decision);
		for (int step = 0; step <= 1081; step++) {
			BigDecimal attainment = new BigDecimal("-150").add(new BigDecimal("0.37").multiply(BigDecimal.valueOf(step)));
			String decided = engine.evaluateDecision(decision, Map.of("attainment", attainment.doubleValue()))
					.getSingleResult().getSingleEntry();

			// when / then the first answer and the remembered second one are the decision's
			assertThat(table.rate(attainment)).hasToString(decided);
			assertThat(table.rate(attainment)).hasToString(decided);
		}
	}
}
