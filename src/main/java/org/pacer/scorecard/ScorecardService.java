package org.pacer.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import org.pacer.catalogue.HierarchyLevelRepository;
import org.pacer.common.NotFoundException;
import org.pacer.measure.GlidePathTarget;
import org.pacer.measure.MeasureService;
import org.pacer.measure.MeasureVersion;
import org.pacer.measure.SuccessMeasure;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipRepository;
import org.pacer.result.PeriodResult;
import org.pacer.result.ResultService;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes and stores reviews' scorecards, one or a whole period's at once, by one code path. Reads are set-based:
 * one query each for the relationships, the measures, their versions, the glide path, the results, the levels and
 * the rating table, whatever the number of measures or reviews (decision 27); the rows are inserted in batches.
 */
@Service
@Transactional
public class ScorecardService {

	private final ScorecardRepository scorecards;

	private final RelationshipRepository relationships;

	private final MeasureService measures;

	private final ResultService results;

	private final HierarchyLevelRepository levels;

	private final RatingTables ratings;

	private final PacerClock clock;

	private final ScorecardCalculator calculator = new ScorecardCalculator();

	// a chunk's measure ids go into IN lists: 200 relationships of 30 measures stay far below PostgreSQL's 32,767
	// parameters of a statement
	private static final int CHUNK = 200;

	@PersistenceContext
	private EntityManager entityManager;

	/** A review to score: the relationship it reviews, and the review the scorecard belongs to. */
	public record ReviewToScore(long relationshipId, long reviewId) {
	}

	public ScorecardService(ScorecardRepository scorecards, RelationshipRepository relationships, MeasureService measures,
			ResultService results, HierarchyLevelRepository levels, RatingTables ratings, PacerClock clock) {
		this.scorecards = scorecards;
		this.relationships = relationships;
		this.measures = measures;
		this.results = results;
		this.levels = levels;
		this.ratings = ratings;
		this.clock = clock;
	}

	/** Computes the scorecard of the period for the review; a recomputation replaces the earlier one. */
	public Scorecard compute(long relationshipId, LocalDate periodStart, long reviewId) {
		return computeAll(periodStart, List.of(new ReviewToScore(relationshipId, reviewId))).get(0);
	}

	/**
	 * Computes one period's scorecards of all the reviews, set-based: for each chunk of {@value #CHUNK} reviews one
	 * query each reads the relationships, their measures, the versions, the glide path, the results and the earlier
	 * scorecards, and the new ones are inserted in JDBC batches; the levels and the rating table are read once. A
	 * recomputation replaces the earlier scorecard. Between chunks the persistence context is flushed and cleared,
	 * so a caller's entities loaded before a call of more than one chunk are detached afterwards.
	 *
	 * @return the scorecards in the order of the reviews
	 */
	public List<Scorecard> computeAll(LocalDate periodStart, List<ReviewToScore> reviews) {
		List<LevelInput> levelInputs = levels.findAllByOrderByRankAsc().stream()
				.map(l -> new LevelInput(l.getRank(), l.getName())).toList();
		RatingTable table = ratings.current();
		List<Scorecard> computed = new ArrayList<>(reviews.size());
		for (int from = 0; from < reviews.size(); from += CHUNK) {
			if (from > 0) {
				entityManager.flush();
				entityManager.clear();
			}
			computed.addAll(computeChunk(periodStart, reviews.subList(from, Math.min(from + CHUNK, reviews.size())),
					levelInputs, table));
		}
		return computed;
	}

	private List<Scorecard> computeChunk(LocalDate periodStart, List<ReviewToScore> reviews, List<LevelInput> levelInputs,
			RatingTable table) {
		// the caller's pending changes (results just submitted, say) reach the database once here; without that,
		// Hibernate would dirty-check every entity loaded so far before each query below (the benchmark's profile)
		entityManager.flush();
		FlushModeType flushMode = entityManager.getFlushMode();
		entityManager.setFlushMode(FlushModeType.COMMIT);
		try {
			replaceEarlier(reviews);
			return computeChunkFlushed(periodStart, reviews, levelInputs, table);
		}
		finally {
			entityManager.setFlushMode(flushMode);
		}
	}

	private List<Scorecard> computeChunkFlushed(LocalDate periodStart, List<ReviewToScore> reviews,
			List<LevelInput> levelInputs, RatingTable table) {
		Set<Long> relationshipIds = reviews.stream().map(ReviewToScore::relationshipId)
				.collect(Collectors.toCollection(LinkedHashSet::new));
		Map<Long, Relationship> relationship = relationships.findByIdIn(relationshipIds).stream()
				.collect(Collectors.toMap(Relationship::getId, Function.identity()));
		relationshipIds.stream().filter(id -> !relationship.containsKey(id)).findFirst().ifPresent(id -> {
			throw new NotFoundException("Relationship", id);
		});
		// each relationship's measures in the order measuresOf(id) gives them
		Map<Long, List<SuccessMeasure>> active = measures.measuresOf(relationshipIds).stream()
				.filter(m -> m.activeIn(periodStart))
				.collect(Collectors.groupingBy(SuccessMeasure::getRelationshipId));
		List<SuccessMeasure> all = active.values().stream().flatMap(List::stream).toList();
		Map<Long, MeasureVersion> version = measures.currentVersions(all, periodStart).stream()
				.collect(Collectors.toMap(MeasureVersion::getMeasureId, Function.identity()));
		List<SuccessMeasure> rampingUp = all.stream()
				.filter(m -> relationship.get(m.getRelationshipId()).inRampUp(periodStart)).toList();
		Map<Long, BigDecimal> glide = measures.glideTargetsFor(rampingUp, periodStart).stream()
				.collect(Collectors.toMap(GlidePathTarget::getMeasureId, GlidePathTarget::getTarget));
		Map<Long, PeriodResult> result = results.resultsFor(all, periodStart).stream()
				.collect(Collectors.toMap(PeriodResult::getMeasureId, Function.identity()));

		List<Scorecard> computed = new ArrayList<>(reviews.size());
		for (ReviewToScore review : reviews) {
			Relationship reviewed = relationship.get(review.relationshipId());
			boolean inRampUp = reviewed.inRampUp(periodStart);
			List<MeasureInput> inputs = active.getOrDefault(review.relationshipId(), List.of()).stream()
					.filter(m -> version.containsKey(m.getId()))
					.map(m -> input(m, version.get(m.getId()), glide.get(m.getId()), result.get(m.getId())))
					.toList();
			ScorecardResult figures = calculator.compute(inputs, levelInputs, inRampUp, table);
			computed.add(new Scorecard(review.reviewId(), review.relationshipId(), periodStart, clock.now(), inRampUp,
					figures));
			reviewed.recordAchievedLevel(figures.achievedLevel());
		}
		return scorecards.saveAll(computed);
	}

	private void replaceEarlier(List<ReviewToScore> reviews) {
		List<Long> earlier = scorecards.idsOfReviews(reviews.stream().map(ReviewToScore::reviewId).toList());
		if (!earlier.isEmpty()) {
			scorecards.deleteLinesOf(earlier);
			scorecards.deletePerspectivesOf(earlier);
			scorecards.deleteLevelsOf(earlier);
			scorecards.deleteAllByIdInBatch(earlier);
		}
	}

	@Transactional(readOnly = true)
	public Optional<Scorecard> forReview(long reviewId) {
		return scorecards.findByReviewId(reviewId);
	}

	@Transactional(readOnly = true)
	public List<Scorecard> forReviews(List<Long> reviewIds) {
		return reviewIds.isEmpty() ? List.of() : scorecards.findByReviewIdIn(reviewIds);
	}

	@Transactional(readOnly = true)
	public Scorecard get(long scorecardId) {
		return scorecards.findById(scorecardId).orElseThrow(() -> new NotFoundException("Scorecard", scorecardId));
	}

	/** The headline figures of every scorecard of the relationships, oldest first, by relationship id: one query. */
	@Transactional(readOnly = true)
	public Map<Long, List<ScorecardFigures>> figuresOf(Collection<Long> relationshipIds) {
		return relationshipIds.isEmpty() ? Map.of()
				: scorecards.figuresOf(relationshipIds).stream()
						.collect(Collectors.groupingBy(ScorecardFigures::relationshipId));
	}

	/** The latest scorecard of each relationship that has one, by relationship id. */
	@Transactional(readOnly = true)
	public Map<Long, Scorecard> latestOf(Collection<Long> relationshipIds) {
		return relationshipIds.isEmpty() ? Map.of()
				: scorecards.latestOf(relationshipIds).stream()
						// a review computed again keeps its period: the later scorecard counts
						.collect(Collectors.toMap(Scorecard::getRelationshipId, Function.identity(),
								(a, b) -> a.getId() > b.getId() ? a : b));
	}

	@Transactional(readOnly = true)
	public List<Scorecard> history(long relationshipId) {
		return scorecards.findByRelationshipIdOrderByPeriodStartAsc(relationshipId);
	}

	private static MeasureInput input(SuccessMeasure m, MeasureVersion v, BigDecimal glideTarget, PeriodResult r) {
		return new MeasureInput(m.getId(), v.getId(), m.getName(), m.getUnit(), m.getNeed().getId(),
				m.getNeed().getPerspective(), m.getNeed().getLevel().getRank(), m.getDirection(), v.getTarget(),
				v.getThreshold(), v.getWeight(), glideTarget, r == null ? null : r.getId(), r == null ? null : r.getValue());
	}
}
