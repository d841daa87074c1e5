package org.pacer.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.pacer.catalogue.Perspective;
import org.pacer.measure.Direction;

/**
 * Computes the scorecard of a period from plain inputs. Pure on purpose: no Spring, engine or JPA, so the
 * math can be tested and recomputed on its own; the rating thresholds come in through the {@link RatingTable}.
 */
class ScorecardCalculator {

	private static final int SCALE = 2;
	private static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public ScorecardResult compute(List<MeasureInput> measures, List<LevelInput> levels, boolean inRampUp,
			RatingTable ratings) {
		List<LineResult> lines = measures.stream().map(m -> line(m, inRampUp, ratings)).toList();

		List<PerspectiveResult> perspectives = new ArrayList<>();
		for (Perspective perspective : Perspective.values()) {
			perspectives.add(perspective(perspective,
					lines.stream().filter(l -> l.input().perspective() == perspective).toList()));
		}

		List<LevelResult> levelResults = levels.stream()
				.sorted(Comparator.comparingInt(LevelInput::rank))
				.map(level -> level(level, lines.stream().filter(l -> l.input().levelRank() == level.rank()).toList()))
				.toList();

		return new ScorecardResult(lines, List.copyOf(perspectives), levelResults, weightedScore(lines),
				achievedLevel(levelResults), ratings(lines));
	}

	private LineResult line(MeasureInput m, boolean inRampUp, RatingTable ratings) {
		boolean glide = inRampUp && m.glideTarget() != null;
		TargetSource source = glide ? TargetSource.GLIDE_PATH : TargetSource.CONTRACT;
		BigDecimal target = glide ? m.glideTarget() : m.target();
		// the amber band keeps its contractual width when the target moves along the glide path
		BigDecimal threshold = glide ? m.glideTarget().subtract(m.target().subtract(m.threshold())) : m.threshold();

		if (m.actual() == null) {
			return new LineResult(m, source, target, threshold, null, Rating.NO_DATA,
					"No result submitted -> " + display(Rating.NO_DATA));
		}
		BigDecimal attainment = attainment(m.direction(), m.actual(), target, threshold);
		Rating rating = ratings.rate(attainment);
		String explanation = "%s %s against target %s (amber line %s, %s): attainment %s %% -> %s".formatted(
				plain(m.actual()), m.unit(), plain(target), plain(threshold), display(source),
				attainment.toPlainString(), display(rating));
		return new LineResult(m, source, target, threshold, attainment, rating, explanation);
	}

	/**
	 * 100 on target, 0 on the amber line, negative past it. Measuring from the threshold towards the target makes
	 * it direction-aware without a branch: for lower-is-better both differences change sign together.
	 */
	private static BigDecimal attainment(Direction direction, BigDecimal actual, BigDecimal target,
			BigDecimal threshold) {
		BigDecimal band = target.subtract(threshold);
		if (band.signum() == 0) {
			// no amber band: only direction can tell hit from miss
			int comparison = actual.compareTo(target);
			boolean hit = direction == Direction.HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
			return (hit ? HUNDRED : HUNDRED.negate()).setScale(SCALE);
		}
		return actual.subtract(threshold).multiply(HUNDRED).divide(band, SCALE, ROUNDING);
	}

	private static PerspectiveResult perspective(Perspective perspective, List<LineResult> lines) {
		List<LineResult> withData = lines.stream().filter(LineResult::hasData).toList();
		return new PerspectiveResult(perspective, weightedScore(lines), weight(withData), lines.size(),
				withData.size());
	}

	/** Lines without data are left out rather than counted as 0 or 100, so a missing result cannot sway the score. */
	private static BigDecimal weightedScore(List<LineResult> lines) {
		List<LineResult> withData = lines.stream().filter(LineResult::hasData).toList();
		BigDecimal weight = weight(withData);
		if (weight.signum() == 0) {
			return null;
		}
		BigDecimal weighted = withData.stream()
				.map(l -> score(l).multiply(l.input().weight()))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		return weighted.divide(weight, SCALE, ROUNDING);
	}

	/** Clamped so one runaway over- or under-performer cannot hide or drown the others. */
	private static BigDecimal score(LineResult line) {
		return line.attainment().max(BigDecimal.ZERO).min(HUNDRED);
	}

	private static BigDecimal weight(List<LineResult> lines) {
		return lines.stream().map(l -> l.input().weight()).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static LevelResult level(LevelInput level, List<LineResult> lines) {
		RagCounts ratings = ratings(lines);
		LevelStatus status;
		if (ratings.total() == 0) {
			status = LevelStatus.NOT_MEASURED;
		}
		else if (ratings.hasRed()) {
			status = LevelStatus.MISSED;
		}
		else if (ratings.amber() > 0 || ratings.noData() > 0) {
			status = LevelStatus.AT_RISK;
		}
		else {
			status = LevelStatus.ACHIEVED;
		}
		return new LevelResult(level.rank(), level.name(), status, ratings);
	}

	/** Levels build on each other: a higher level only counts once every level below it is achieved. */
	private static int achievedLevel(List<LevelResult> levels) {
		int achieved = 0;
		for (LevelResult level : levels) {
			if (level.status() != LevelStatus.ACHIEVED) {
				break;
			}
			achieved = level.rank();
		}
		return achieved;
	}

	private static RagCounts ratings(List<LineResult> lines) {
		return RagCounts.of(lines.stream().map(LineResult::rating).toList());
	}

	private static String display(Rating rating) {
		return rating == Rating.NO_DATA ? "NO DATA" : rating.name();
	}

	private static String display(TargetSource source) {
		return source == TargetSource.GLIDE_PATH ? "glide path" : "contract";
	}

	/** Figures as people write them: 90, not 90.0000 as the database keeps them. */
	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
