package org.pacer.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.common.ValidationException;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.relationship.Relationship;
import org.pacer.review.ReviewService;
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
