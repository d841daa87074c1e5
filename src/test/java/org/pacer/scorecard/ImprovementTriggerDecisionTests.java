package org.pacer.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The improvement-trigger table on its own; FIRST means rule order matters, so overlaps are tested too. */
class ImprovementTriggerDecisionTests {

	private static final String RED = "One or more measures are RED";
	private static final String NO_DATA = "Results are missing for one or more measures";
	private static final String AMBER = "Two or more measures are AMBER";
	private static final String ON_TARGET = "On target or within tolerance";

	private static DmnEngine engine;
	private static DmnDecision decision;

	@BeforeAll
	static void parseDecision() throws Exception {
		engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = ImprovementTriggerDecisionTests.class.getClassLoader()
				.getResourceAsStream("processes/improvement-trigger.dmn")) {
			decision = engine.parseDecision("improvement-trigger", in);
		}
	}

	@ParameterizedTest(name = "red {0}, amber {1}, no data {2}, ramp-up {3} -> {4}: {5}")
	@CsvSource(delimiter = '|', value = {
			// red wins over everything, in ramp-up too
			"1 | 0 | 0 | false | true  | " + RED,
			"1 | 3 | 2 | false | true  | " + RED,
			"2 | 0 | 0 | true  | true  | " + RED,
			// missing results come next, also in ramp-up
			"0 | 0 | 1 | false | true  | " + NO_DATA,
			"0 | 2 | 1 | false | true  | " + NO_DATA,
			"0 | 0 | 1 | true  | true  | " + NO_DATA,
			// two or more amber outside ramp-up
			"0 | 2 | 0 | false | true  | " + AMBER,
			"0 | 5 | 0 | false | true  | " + AMBER,
			// one amber is within tolerance
			"0 | 1 | 0 | false | false | " + ON_TARGET,
			// in ramp-up amber is tolerated
			"0 | 2 | 0 | true  | false | " + ON_TARGET,
			"0 | 5 | 0 | true  | false | " + ON_TARGET,
			// all green
			"0 | 0 | 0 | false | false | " + ON_TARGET,
			"0 | 0 | 0 | true  | false | " + ON_TARGET })
	void decidesByTheFirstMatchingRule(int redCount, int amberCount, int noDataCount, boolean inRampUp,
			boolean expectedNeeded, String expectedReason) {
		// given
		Map<String, Object> variables = Map.of(
				"redCount", redCount,
				"amberCount", amberCount,
				"noDataCount", noDataCount,
				"inRampUp", inRampUp);

		// when
		DmnDecisionResultEntries result = engine.evaluateDecision(decision, variables).getSingleResult();

		// then
		assertThat(result.<Boolean>getEntry("improvementNeeded")).isEqualTo(expectedNeeded);
		assertThat(result.<String>getEntry("reason")).isEqualTo(expectedReason);
	}
}
