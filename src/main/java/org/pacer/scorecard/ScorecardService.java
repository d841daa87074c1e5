package org.pacer.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
 * Computes and stores a review's scorecard. Reads are set-based: one query each for the measures, their versions,
 * the glide path, the results, the levels and the rating table, whatever the number of measures.
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
		Relationship relationship = relationships.findById(relationshipId)
				.orElseThrow(() -> new NotFoundException("Relationship", relationshipId));
		boolean inRampUp = relationship.inRampUp(periodStart);
		List<SuccessMeasure> active = measures.measuresOf(relationshipId).stream()
				.filter(m -> m.activeIn(periodStart)).toList();
		Map<Long, MeasureVersion> version = measures.currentVersions(active, periodStart).stream()
				.collect(Collectors.toMap(MeasureVersion::getMeasureId, Function.identity()));
		Map<Long, BigDecimal> glide = inRampUp ? measures.glideTargetsFor(active, periodStart).stream()
				.collect(Collectors.toMap(GlidePathTarget::getMeasureId, GlidePathTarget::getTarget)) : Map.of();
		Map<Long, PeriodResult> result = results.resultsFor(active, periodStart).stream()
				.collect(Collectors.toMap(PeriodResult::getMeasureId, Function.identity()));

		List<MeasureInput> inputs = active.stream()
				.filter(m -> version.containsKey(m.getId()))
				.map(m -> input(m, version.get(m.getId()), glide.get(m.getId()), result.get(m.getId())))
				.toList();
		List<LevelInput> levelInputs = levels.findAllByOrderByRankAsc().stream()
				.map(l -> new LevelInput(l.getRank(), l.getName())).toList();
		ScorecardResult computed = calculator.compute(inputs, levelInputs, inRampUp, ratings.current());

		scorecards.findByReviewId(reviewId).ifPresent(earlier -> {
			scorecards.delete(earlier);
			scorecards.flush();
		});
		Scorecard scorecard = scorecards
				.save(new Scorecard(reviewId, relationshipId, periodStart, clock.now(), inRampUp, computed));
		relationship.recordAchievedLevel(computed.achievedLevel());
		return scorecard;
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
