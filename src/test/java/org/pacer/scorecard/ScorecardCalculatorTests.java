package org.pacer.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.pacer.catalogue.Perspective.CUSTOMER;
import static org.pacer.catalogue.Perspective.FINANCIAL;
import static org.pacer.catalogue.Perspective.INTERNAL_PROCESS;
import static org.pacer.catalogue.Perspective.LEARNING_AND_GROWTH;
import static org.pacer.measure.Direction.HIGHER_IS_BETTER;
import static org.pacer.measure.Direction.LOWER_IS_BETTER;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pacer.catalogue.Perspective;
import org.pacer.measure.Direction;

/** The scorecard math against the real measure-rating DMN, without Spring or a process engine. */
class ScorecardCalculatorTests {

	private static final RatingTable RATINGS = DmnRatingTable.fromClasspath(DmnRatingTable.RESOURCE);
	private static final List<LevelInput> ONE_LEVEL = List.of(new LevelInput(1, "Stable"));

	private final ScorecardCalculator calculator = new ScorecardCalculator();

	@ParameterizedTest(name = "actual {0} -> {1} % {2}")
	@CsvSource({
			"99.60, 120.00, GREEN",
			"99.50, 100.00, GREEN",
			"99.20, 40.00, AMBER",
			"99.00, 0.00, AMBER",
			"98.90, -20.00, RED" })
	void ratesHigherIsBetterAgainstTargetAndAmberLine(String actual, String attainment, Rating rating) {
		// given availability: target 99.5 %, amber line 99 %
		MeasureInput availability = measure().direction(HIGHER_IS_BETTER).target("99.50").threshold("99.00")
				.actual(actual).build();

		// when
		LineResult line = single(availability, false);

		// then
		assertThat(line.attainment()).isEqualTo(attainment);
		assertThat(line.rating()).isEqualTo(rating);
	}

	@ParameterizedTest(name = "actual {0} -> {1} % {2}")
	@CsvSource({
			"3, 125.00, GREEN",
			"4, 100.00, GREEN",
			"6, 50.00, AMBER",
			"8, 0.00, AMBER",
			"10, -50.00, RED" })
	void ratesLowerIsBetterWithTheAmberLineAboveTheTarget(String actual, String attainment, Rating rating) {
		// given resolution time: target 4 h, amber line 8 h
		MeasureInput resolution = measure().direction(LOWER_IS_BETTER).target("4").threshold("8").actual(actual)
				.build();

		// when
		LineResult line = single(resolution, false);

		// then
		assertThat(line.attainment()).isEqualTo(attainment);
		assertThat(line.rating()).isEqualTo(rating);
	}

	@ParameterizedTest(name = "actual {0} -> {1} % {2}")
	@CsvSource({
			"0, 100.00, GREEN",
			"1, 50.00, AMBER",
			"2, 0.00, AMBER",
			"3, -50.00, RED" })
	void handlesAZeroTarget(String actual, String attainment, Rating rating) {
		// given priority-1 incidents: target 0, amber line 2
		MeasureInput incidents = measure().direction(LOWER_IS_BETTER).target("0").threshold("2").actual(actual)
				.build();

		// when
		LineResult line = single(incidents, false);

		// then
		assertThat(line.attainment()).isEqualTo(attainment);
		assertThat(line.rating()).isEqualTo(rating);
	}

	@ParameterizedTest(name = "{0} target {1}, actual {2} -> {3} % {4}")
	@CsvSource({
			"HIGHER_IS_BETTER, 100, 100, 100.00, GREEN",
			"HIGHER_IS_BETTER, 100, 101, 100.00, GREEN",
			"HIGHER_IS_BETTER, 100, 99.9, -100.00, RED",
			"LOWER_IS_BETTER, 0, 0, 100.00, GREEN",
			"LOWER_IS_BETTER, 0, 1, -100.00, RED" })
	void withoutAnAmberBandItIsHitOrMiss(Direction direction, String target, String actual, String attainment,
			Rating rating) {
		// given threshold equal to target
		MeasureInput strict = measure().direction(direction).target(target).threshold(target).actual(actual).build();

		// when
		LineResult line = single(strict, false);

		// then
		assertThat(line.attainment()).isEqualTo(attainment);
		assertThat(line.rating()).isEqualTo(rating);
	}

	@Test
	void missingResultIsNoDataAndNeverAskedToTheRatingTable() {
		// given
		MeasureInput missing = measure().build();
		RatingTable mustNotBeAsked = attainment -> {
			throw new AssertionError("rating table asked for " + attainment);
		};

		// when
		ScorecardResult result = calculator.compute(List.of(missing), ONE_LEVEL, false, mustNotBeAsked);

		// then
		LineResult line = result.lines().get(0);
		assertThat(line.attainment()).isNull();
		assertThat(line.rating()).isEqualTo(Rating.NO_DATA);
		assertThat(line.explanation()).isEqualTo("No result submitted -> NO DATA");
		assertThat(result.ratings().noData()).isEqualTo(1);
		assertThat(result.overallScore()).isNull();
	}

	@Test
	void noDataIsExcludedFromScoresRatherThanCountedAsZeroOrHundred() {
		// given a financial line at 40 % and a financial line without result; a customer line without result only
		List<MeasureInput> measures = List.of(
				measure().perspective(FINANCIAL).target("100").threshold("50").actual("70").build(),
				measure().perspective(FINANCIAL).target("100").threshold("50").build(),
				measure().perspective(CUSTOMER).target("100").threshold("50").build());

		// when
		ScorecardResult result = calculator.compute(measures, ONE_LEVEL, false, RATINGS);

		// then 40, not (40 + 0) / 2 = 20 nor (40 + 100) / 2 = 70
		assertThat(result.perspectives().get(0)).isEqualTo(
				new PerspectiveResult(FINANCIAL, new BigDecimal("40.00"), new BigDecimal("1"), 2, 1));
		assertThat(result.perspectives().get(1)).isEqualTo(
				new PerspectiveResult(CUSTOMER, null, BigDecimal.ZERO, 1, 0));
		assertThat(result.overallScore()).isEqualTo("40.00");
	}

	@Test
	void listsAllFourPerspectivesInEnumOrderAlsoWithoutMeasures() {
		// given a single financial measure
		MeasureInput revenue = measure().perspective(FINANCIAL).actual("100").build();

		// when
		ScorecardResult result = calculator.compute(List.of(revenue), ONE_LEVEL, false, RATINGS);

		// then
		assertThat(result.perspectives()).extracting(PerspectiveResult::perspective)
				.containsExactly(FINANCIAL, CUSTOMER, INTERNAL_PROCESS, LEARNING_AND_GROWTH);
		assertThat(result.perspectives().get(3)).isEqualTo(
				new PerspectiveResult(LEARNING_AND_GROWTH, null, BigDecimal.ZERO, 0, 0));
	}

	@Test
	void weighsLineScoresAndClampsThemToZeroToHundred() {
		// given customer lines at 120 % (scores 100) with weight 3 and at 40 % with weight 1
		List<MeasureInput> measures = List.of(
				measure().perspective(CUSTOMER).target("99.50").threshold("99.00").weight("3").actual("99.60").build(),
				measure().perspective(CUSTOMER).target("99.50").threshold("99.00").weight("1").actual("99.20").build());

		// when
		ScorecardResult result = calculator.compute(measures, ONE_LEVEL, false, RATINGS);

		// then (3 * 100 + 1 * 40) / 4 = 85, where the plain average would be (100 + 40) / 2 = 70
		PerspectiveResult customer = result.perspectives().get(1);
		assertThat(customer.score()).isEqualTo("85.00");
		assertThat(customer.weightWithData()).isEqualTo("4");
		assertThat(result.overallScore()).isEqualTo("85.00");
	}

	@Test
	void clampsARedLineToZero() {
		// given a line at 40 % and a line at -20 %, equally weighted
		List<MeasureInput> measures = List.of(
				measure().target("99.50").threshold("99.00").actual("99.20").build(),
				measure().target("99.50").threshold("99.00").actual("98.90").build());

		// when
		ScorecardResult result = calculator.compute(measures, ONE_LEVEL, false, RATINGS);

		// then (40 + 0) / 2 = 20, not (40 - 20) / 2 = 10
		assertThat(result.lines()).extracting(LineResult::attainment)
				.containsExactly(new BigDecimal("40.00"), new BigDecimal("-20.00"));
		assertThat(result.overallScore()).isEqualTo("20.00");
	}

	@Test
	void overallScoreWeighsLinesAcrossPerspectivesNotPerspectiveScores() {
		// given a financial line at 100 % weight 1 and a customer line at 40 % weight 3
		List<MeasureInput> measures = List.of(
				measure().perspective(FINANCIAL).target("100").threshold("50").weight("1").actual("100").build(),
				measure().perspective(CUSTOMER).target("100").threshold("50").weight("3").actual("70").build());

		// when
		ScorecardResult result = calculator.compute(measures, ONE_LEVEL, false, RATINGS);

		// then (100 + 3 * 40) / 4 = 55, not the average of the perspective scores (100 + 40) / 2 = 70
		assertThat(result.overallScore()).isEqualTo("55.00");
	}

	@Test
	void usesTheGlidePathInRampUpAndMovesTheAmberLineWithIt() {
		// given contract target 99.5 with amber line 99.0, glide target 98.0 for this period
		MeasureInput availability = measure().target("99.5").threshold("99.0").glideTarget("98.0").actual("97.8")
				.build();

		// when
		LineResult line = single(availability, true);

		// then the amber line keeps its distance of 0.5: 97.5, so 97.8 is 60 %
		assertThat(line.targetSource()).isEqualTo(TargetSource.GLIDE_PATH);
		assertThat(line.targetUsed()).isEqualTo("98.0");
		assertThat(line.thresholdUsed()).isEqualTo("97.5");
		assertThat(line.attainment()).isEqualTo("60.00");
		assertThat(line.rating()).isEqualTo(Rating.AMBER);
	}

	@Test
	void movesTheAmberLineUpForLowerIsBetterOnTheGlidePath() {
		// given contract target 4 h with amber line 8 h, glide target 6 h
		MeasureInput resolution = measure().direction(LOWER_IS_BETTER).target("4").threshold("8").glideTarget("6")
				.actual("8").build();

		// when
		LineResult line = single(resolution, true);

		// then the amber line is 10 h, and 8 h lies halfway
		assertThat(line.thresholdUsed()).isEqualTo("10");
		assertThat(line.attainment()).isEqualTo("50.00");
	}

	@Test
	void ignoresTheGlidePathOutsideRampUp() {
		// given the same measure after ramp-up
		MeasureInput availability = measure().target("99.5").threshold("99.0").glideTarget("98.0").actual("97.8")
				.build();

		// when
		LineResult line = single(availability, false);

		// then
		assertThat(line.targetSource()).isEqualTo(TargetSource.CONTRACT);
		assertThat(line.targetUsed()).isEqualTo("99.5");
		assertThat(line.thresholdUsed()).isEqualTo("99.0");
		assertThat(line.attainment()).isEqualTo("-240.00");
		assertThat(line.rating()).isEqualTo(Rating.RED);
	}

	@Test
	void usesTheContractInRampUpWhenTheMeasureHasNoGlidePath() {
		// given
		MeasureInput availability = measure().target("99.5").threshold("99.0").actual("99.5").build();

		// when
		LineResult line = single(availability, true);

		// then
		assertThat(line.targetSource()).isEqualTo(TargetSource.CONTRACT);
		assertThat(line.targetUsed()).isEqualTo("99.5");
	}

	@Test
	void explanationNamesTheTargetUsed() {
		// given contract target 100 with amber line 99.5, glide target 99.50
		MeasureInput availability = measure().target("100").threshold("99.5").glideTarget("99.50").actual("99.20")
				.build();

		// when
		LineResult inRampUp = single(availability, true);
		LineResult afterRampUp = single(availability, false);

		// then
		assertThat(inRampUp.explanation())
				.isEqualTo("99.2 % against target 99.5 (amber line 99, glide path): attainment 40.00 % -> AMBER");
		assertThat(afterRampUp.explanation())
				.isEqualTo("99.2 % against target 100 (amber line 99.5, contract): attainment -60.00 % -> RED");
	}

	@Test
	void judgesEveryLevelFromItsMeasures() {
		// given
		List<LevelInput> levels = List.of(
				new LevelInput(1, "Stable"),
				new LevelInput(2, "Efficient"),
				new LevelInput(3, "Reported"),
				new LevelInput(4, "Innovative"),
				new LevelInput(5, "Strategic"));
		List<MeasureInput> measures = List.of(
				measure().levelRank(1).actual("100").build(),
				measure().levelRank(1).actual("100").build(),
				measure().levelRank(2).actual("100").build(),
				measure().levelRank(2).actual("75").build(),
				measure().levelRank(3).actual("100").build(),
				measure().levelRank(3).build(),
				measure().levelRank(4).actual("40").build(),
				measure().levelRank(4).actual("75").build(),
				measure().levelRank(4).build());

		// when
		ScorecardResult result = calculator.compute(measures, levels, false, RATINGS);

		// then
		assertThat(result.levels()).containsExactly(
				new LevelResult(1, "Stable", LevelStatus.ACHIEVED, new RagCounts(2, 0, 0, 0)),
				new LevelResult(2, "Efficient", LevelStatus.AT_RISK, new RagCounts(1, 1, 0, 0)),
				new LevelResult(3, "Reported", LevelStatus.AT_RISK, new RagCounts(1, 0, 0, 1)),
				new LevelResult(4, "Innovative", LevelStatus.MISSED, new RagCounts(0, 1, 1, 1)),
				new LevelResult(5, "Strategic", LevelStatus.NOT_MEASURED, new RagCounts(0, 0, 0, 0)));
		assertThat(result.achievedLevel()).isEqualTo(1);
		assertThat(result.ratings()).isEqualTo(new RagCounts(4, 2, 1, 2));
	}

	@Test
	void achievesNoLevelWhenTheFirstIsMissedEvenIfAHigherOneIsAchieved() {
		// given
		List<LevelInput> levels = List.of(new LevelInput(1, "Stable"), new LevelInput(2, "Efficient"));
		List<MeasureInput> measures = List.of(
				measure().levelRank(1).actual("40").build(),
				measure().levelRank(2).actual("100").build());

		// when
		ScorecardResult result = calculator.compute(measures, levels, false, RATINGS);

		// then
		assertThat(result.levels()).extracting(LevelResult::status)
				.containsExactly(LevelStatus.MISSED, LevelStatus.ACHIEVED);
		assertThat(result.achievedLevel()).isZero();
	}

	@Test
	void achievesTheHighestLevelUpToWhichAllAreAchievedInRankOrder() {
		// given levels listed out of order
		List<LevelInput> levels = List.of(
				new LevelInput(3, "Reported"),
				new LevelInput(1, "Stable"),
				new LevelInput(2, "Efficient"));
		List<MeasureInput> measures = List.of(
				measure().levelRank(1).actual("100").build(),
				measure().levelRank(2).actual("100").build(),
				measure().levelRank(3).actual("75").build());

		// when
		ScorecardResult result = calculator.compute(measures, levels, false, RATINGS);

		// then
		assertThat(result.levels()).extracting(LevelResult::rank, LevelResult::status).containsExactly(
				tuple(1, LevelStatus.ACHIEVED),
				tuple(2, LevelStatus.ACHIEVED),
				tuple(3, LevelStatus.AT_RISK));
		assertThat(result.achievedLevel()).isEqualTo(2);
	}

	private LineResult single(MeasureInput measure, boolean inRampUp) {
		return calculator.compute(List.of(measure), ONE_LEVEL, inRampUp, RATINGS).lines().get(0);
	}

	/** A higher-is-better financial measure of level 1, target 100, amber line 50, weight 1, without result. */
	private static MeasureBuilder measure() {
		return new MeasureBuilder();
	}

	private static final class MeasureBuilder {

		private static long nextId = 1;

		private Perspective perspective = FINANCIAL;
		private int levelRank = 1;
		private Direction direction = HIGHER_IS_BETTER;
		private String target = "100";
		private String threshold = "50";
		private String weight = "1";
		private String glideTarget;
		private String actual;

		MeasureBuilder perspective(Perspective perspective) {
			this.perspective = perspective;
			return this;
		}

		MeasureBuilder levelRank(int levelRank) {
			this.levelRank = levelRank;
			return this;
		}

		MeasureBuilder direction(Direction direction) {
			this.direction = direction;
			return this;
		}

		MeasureBuilder target(String target) {
			this.target = target;
			return this;
		}

		MeasureBuilder threshold(String threshold) {
			this.threshold = threshold;
			return this;
		}

		MeasureBuilder weight(String weight) {
			this.weight = weight;
			return this;
		}

		MeasureBuilder glideTarget(String glideTarget) {
			this.glideTarget = glideTarget;
			return this;
		}

		MeasureBuilder actual(String actual) {
			this.actual = actual;
			return this;
		}

		MeasureInput build() {
			long id = nextId++;
			return new MeasureInput(id, id * 10, "Measure " + id, "%", 1L, perspective, levelRank, direction,
					new BigDecimal(target), new BigDecimal(threshold), new BigDecimal(weight),
					glideTarget == null ? null : new BigDecimal(glideTarget), actual == null ? null : id * 100,
					actual == null ? null : new BigDecimal(actual));
		}
	}
}
