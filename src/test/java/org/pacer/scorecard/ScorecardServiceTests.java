package org.pacer.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.catalogue.PersistentNeed;
import org.pacer.catalogue.PersistentNeedRepository;
import org.pacer.common.ValidationException;
import org.pacer.measure.Direction;
import org.pacer.measure.MeasureDraft;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipService;
import org.pacer.review.ReviewService;
import org.pacer.scorecard.ScorecardService.ReviewToScore;
import org.pacer.scorecard.StatementCounter.Counts;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;

/** The scorecard as stored: past scorecards keep their targets, and computing one is set-based. */
@ProcessTest
class ScorecardServiceTests {

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private ScorecardService scorecards;

	@Autowired
	private MeasureService measures;

	@Autowired
	private ReviewService reviews;

	@Autowired
	private PacerClock clock;

	@Autowired
	private EntityManagerFactory entityManagers;

	@Autowired
	private PersistentNeedRepository needs;

	@Autowired
	private RelationshipService relationships;

	@Test
	void aNewTargetAppliesFromItsPeriodOnAndLeavesEarlierScorecardsAsTheyWere() {
		// given a scorecard of the first period, every measure at 95 against target 100 (amber)
		LocalDate first = clock.today().withDayOfMonth(1).minusMonths(3);
		Relationship relationship = fixtures.measuredRelationship(first, 1, 1, 0);
		fixtures.submitAll(relationship.getId(), first, 95);
		Scorecard before = compute(relationship, first);
		assertThat(before.getRatings().amber()).isEqualTo(before.getLines().size()).isPositive();

		// when the target drops to 95 from the second period on
		LocalDate second = first.plusMonths(1);
		for (SuccessMeasure m : measures.measuresOf(relationship.getId())) {
			measures.changeTargets(m.getId(), second, new BigDecimal("95"), new BigDecimal("90"), BigDecimal.ONE, "test");
		}
		fixtures.submitAll(relationship.getId(), second, 95);
		Scorecard after = compute(relationship, second);

		// then the new period is green against 95, and the stored first scorecard still says amber against 100
		assertThat(after.getRatings().green()).isEqualTo(after.getLines().size());
		assertThat(after.getLines()).allSatisfy(l -> assertThat(l.getTargetUsed()).isEqualByComparingTo("95"));
		Scorecard reread = scorecards.get(before.getId());
		assertThat(reread.getRatings().amber()).isEqualTo(before.getRatings().amber());
		assertThat(reread.getLines()).allSatisfy(l -> {
			assertThat(l.getTargetUsed()).isEqualByComparingTo("100");
			assertThat(l.getExplanation()).contains("target 100");
		});
	}

	@Test
	void aMissingResultIsNoDataAndLeavesTheScoreToTheMeasuresWithData() {
		LocalDate first = clock.today().withDayOfMonth(1).minusMonths(2);
		Relationship relationship = fixtures.measuredRelationship(first, 1, 1, 0);

		Scorecard scorecard = compute(relationship, first);

		assertThat(scorecard.getRatings().noData()).isEqualTo(scorecard.getLines().size());
		assertThat(scorecard.getOverallScore()).isNull();
		assertThat(scorecard.getAchievedLevel()).isZero();
	}

	@Test
	void computingReadsWithTheSameNumberOfQueriesWhateverTheNumberOfMeasures() {
		LocalDate first = clock.today().withDayOfMonth(1).minusMonths(2);
		Relationship small = fixtures.measuredRelationship(first, 1, 1, 0);
		Relationship large = fixtures.measuredRelationship(first, 3, 3, 0);
		fixtures.submitAll(small.getId(), first, 100);
		fixtures.submitAll(large.getId(), first, 100);
		assertThat(measures.measuresOf(large.getId()).size()).isGreaterThan(2 * measures.measuresOf(small.getId()).size());

		long smallQueries = queriesWhile(() -> compute(small, first));
		long largeQueries = queriesWhile(() -> compute(large, first));

		assertThat(largeQueries).isEqualTo(smallQueries);
	}

	@Test
	void aScorecardOfThirtyMeasuresTakesAsManyStatementsAsOneOfFive() {
		// given two relationships with every result of the period in, one of 5 measures and one of 30
		LocalDate first = clock.today().withDayOfMonth(1).minusMonths(2);
		Relationship five = relationshipWith(5, first);
		Relationship thirty = relationshipWith(30, first);
		long fiveReview = reviews.open(five.getId(), first, null).getId();
		long thirtyReview = reviews.open(thirty.getId(), first, null).getId();

		// when each is computed, then computed again (which replaces the first scorecard)
		Counts fiveOnce = StatementCounter.whileRunning(() -> scorecards.compute(five.getId(), first, fiveReview));
		Counts thirtyOnce = StatementCounter.whileRunning(() -> scorecards.compute(thirty.getId(), first, thirtyReview));
		Counts fiveAgain = StatementCounter.whileRunning(() -> scorecards.compute(five.getId(), first, fiveReview));
		Counts thirtyAgain = StatementCounter.whileRunning(() -> scorecards.compute(thirty.getId(), first, thirtyReview));

		// then the statements do not grow with the measures: reads, one batch per table, the relationship's update
		assertThat(scorecards.forReview(thirtyReview)).get().satisfies(s -> assertThat(s.getLines()).hasSize(30));
		assertThat(thirtyOnce.statements()).isEqualTo(fiveOnce.statements()).isLessThanOrEqualTo(11);
		assertThat(thirtyAgain.statements()).isEqualTo(fiveAgain.statements()).isLessThanOrEqualTo(15);
		// and ids come in blocks: at most one sequence call per table, none for most scorecards
		assertThat(List.of(fiveOnce, thirtyOnce, fiveAgain, thirtyAgain))
				.allSatisfy(c -> assertThat(c.sequenceCalls()).isLessThanOrEqualTo(4));
	}

	@Test
	void aPeriodComputedForAllReviewsAtOnceHasTheFiguresOfOneReviewAfterAnother() {
		// given one period's reviews: green, amber, red, without results, and in ramp-up against its glide path
		LocalDate first = clock.today().withDayOfMonth(1).minusMonths(2);
		List<ReviewToScore> period = new ArrayList<>();
		for (double value : new double[] { 100, 95, 85 }) {
			Relationship relationship = fixtures.measuredRelationship(first, 2, 2, 0);
			fixtures.submitAll(relationship.getId(), first, value);
			period.add(new ReviewToScore(relationship.getId(), reviews.open(relationship.getId(), first, null).getId()));
		}
		Relationship silent = fixtures.measuredRelationship(first, 1, 1, 0);
		period.add(new ReviewToScore(silent.getId(), reviews.open(silent.getId(), first, null).getId()));
		Relationship rampingUp = fixtures.measuredRelationship(first, 2, 0, 6);
		relationships.startRampUp(rampingUp.getId());
		measures.planGlidePath(rampingUp.getId());
		fixtures.submitAll(rampingUp.getId(), first, 93);
		period.add(new ReviewToScore(rampingUp.getId(), reviews.open(rampingUp.getId(), first, null).getId()));

		// when computed one review after another, as the review processes do, then all at once
		period.forEach(r -> scorecards.compute(r.relationshipId(), first, r.reviewId()));
		List<Scorecard> oneByOne = stored(period);
		List<Integer> levelsOneByOne = achievedLevels(period);
		List<Scorecard> returned = scorecards.computeAll(first, period);
		List<Scorecard> allAtOnce = stored(period);

		// then the same figures, line by line, replacing the earlier scorecards
		assertThat(returned).extracting(Scorecard::getReviewId).containsExactlyElementsOf(
				period.stream().map(ReviewToScore::reviewId).toList());
		assertThat(allAtOnce).extracting(Scorecard::getId).doesNotContainAnyElementsOf(
				oneByOne.stream().map(Scorecard::getId).toList());
		assertThat(allAtOnce).usingRecursiveComparison()
				.ignoringFieldsMatchingRegexes("id", "computedAt", ".*\\.id", ".*\\.scorecard")
				.isEqualTo(oneByOne);
		assertThat(achievedLevels(period)).isEqualTo(levelsOneByOne);
		// and the cases are all there: every rating, no data, and the glide path's targets
		assertThat(allAtOnce).flatExtracting(Scorecard::getLines).extracting(ScorecardLine::getRating)
				.contains(Rating.GREEN, Rating.AMBER, Rating.RED, Rating.NO_DATA);
		assertThat(allAtOnce.get(4).isInRampUp()).isTrue();
		assertThat(allAtOnce.get(4).getLines()).extracting(ScorecardLine::getTargetSource)
				.containsOnly(TargetSource.GLIDE_PATH);
	}

	@Test
	void theHeadlineFiguresOfManyRelationshipsAreTheStoredCountsReadInOneQuery() {
		// given two relationships, one with two scorecards (amber, then green) and one with a scorecard without data
		LocalDate first = clock.today().withDayOfMonth(1).minusMonths(3);
		Relationship twice = fixtures.measuredRelationship(first, 1, 1, 0);
		Relationship once = fixtures.measuredRelationship(first, 1, 1, 0);
		fixtures.submitAll(twice.getId(), first, 95);
		Scorecard amber = compute(twice, first);
		fixtures.submitAll(twice.getId(), first.plusMonths(1), 100);
		Scorecard green = compute(twice, first.plusMonths(1));
		Scorecard noData = compute(once, first);

		// when
		Map<Long, List<ScorecardFigures>> figures = new HashMap<>();
		long queries = queriesWhile(() -> figures.putAll(scorecards.figuresOf(List.of(twice.getId(), once.getId()))));

		// then oldest first, each with the scorecard's own counts
		assertThat(queries).isEqualTo(1);
		assertThat(figures.get(twice.getId())).extracting(ScorecardFigures::ratings)
				.containsExactly(amber.getRatings(), green.getRatings());
		assertThat(figures.get(twice.getId()).get(0).ratings().standing()).isEqualTo(Rating.AMBER);
		assertThat(figures.get(twice.getId()).get(1).overallScore()).isEqualByComparingTo(green.getOverallScore());
		assertThat(figures.get(once.getId())).singleElement()
				.satisfies(f -> assertThat(f.ratings()).isEqualTo(noData.getRatings()))
				.satisfies(f -> assertThat(f.overallScore()).isNull());
	}

	@Test
	void targetsAScorecardWasComputedWithStayAndTheirMeasureCannotBeRemoved() {
		// given a scorecard computed without any result, so only its lines refer to the measures' versions
		LocalDate first = clock.today().withDayOfMonth(1).minusMonths(2);
		Relationship relationship = fixtures.measuredRelationship(first, 1, 1, 0);
		compute(relationship, first);
		SuccessMeasure measure = measures.measuresOf(relationship.getId()).get(0);

		// when / then
		assertThatExceptionOfType(ValidationException.class)
				.isThrownBy(() -> measures.changeTargets(measure.getId(), first, new BigDecimal("95"),
						new BigDecimal("90"), BigDecimal.ONE, "test"))
				.withMessageContaining("already used these targets");
		assertThatExceptionOfType(ValidationException.class)
				.isThrownBy(() -> measures.remove(measure.getId(), "test"))
				.withMessageContaining("already has results, so it stays");
	}

	private Scorecard compute(Relationship relationship, LocalDate period) {
		long reviewId = reviews.open(relationship.getId(), period, null).getId();
		return scorecards.compute(relationship.getId(), period, reviewId);
	}

	/** The reviews' scorecards as the database has them, in the reviews' order. */
	private List<Scorecard> stored(List<ReviewToScore> period) {
		return period.stream().map(r -> scorecards.forReview(r.reviewId()).orElseThrow()).toList();
	}

	private List<Integer> achievedLevels(List<ReviewToScore> period) {
		return period.stream().map(r -> relationships.get(r.relationshipId()).getAchievedLevel()).toList();
	}

	/** A relationship with the given number of measures spread over the catalogue's needs, all results in. */
	private Relationship relationshipWith(int count, LocalDate first) {
		Relationship relationship = fixtures.relationship(first);
		List<PersistentNeed> all = needs.findUpToLevel(Integer.MAX_VALUE);
		for (int i = 0; i < count; i++) {
			measures.define(relationship.getId(), new MeasureDraft(all.get(i % all.size()).getId(), "Measure " + i, "%",
					Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(100), BigDecimal.valueOf(90), BigDecimal.ONE), "test");
		}
		assertThat(measures.measuresOf(relationship.getId())).hasSize(count);
		fixtures.submitAll(relationship.getId(), first, 95);
		return relationship;
	}

	/** JPQL queries and entity loads by id while the work runs: what would grow with an N+1. */
	private long queriesWhile(Runnable work) {
		Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		statistics.clear();
		try {
			work.run();
			return statistics.getQueryExecutionCount() + statistics.getEntityFetchCount()
					+ statistics.getCollectionFetchCount();
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}
}
