package org.pacer.review;

import static org.pacer.review.ReviewProcess.ASSESSMENT;
import static org.pacer.review.ReviewProcess.IMPROVEMENT_NEEDED;
import static org.pacer.review.ReviewProcess.OVERRIDE_REASON;
import static org.pacer.review.ReviewProcess.RECOMMENDATION;
import static org.pacer.review.ReviewProcess.REVIEW_ID;
import static org.pacer.review.ReviewProcess.SCORECARD_ID;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.pacer.common.ValidationException;
import org.pacer.measure.Direction;
import org.pacer.measure.GlidePathTarget;
import org.pacer.measure.MeasureService;
import org.pacer.measure.MeasureVersion;
import org.pacer.measure.SuccessMeasure;
import org.pacer.relationship.Relationship;
import org.pacer.result.PeriodResult;
import org.pacer.result.ResultService;
import org.pacer.scorecard.Scorecard;
import org.pacer.scorecard.ScorecardService;
import org.pacer.taskform.FormFields;
import org.pacer.taskform.TaskContext;
import org.pacer.taskform.TaskForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * Task_ReviewPerformance: the manager reads the scorecard, the trend of every measure and the DMN's recommendation,
 * writes the assessment the provider will read, and confirms or overrides the recommendation (with a reason).
 */
@Component
class ReviewPerformanceForm implements TaskForm {

	private final ReviewService reviews;

	private final ScorecardService scorecards;

	private final MeasureService measures;

	private final ResultService results;

	public ReviewPerformanceForm(ReviewService reviews, ScorecardService scorecards, MeasureService measures,
			ResultService results) {
		this.reviews = reviews;
		this.scorecards = scorecards;
		this.measures = measures;
		this.results = results;
	}

	@Override
	public String taskKey() {
		return "Task_ReviewPerformance";
	}

	@Override
	public String view() {
		return "tasks/review-performance";
	}

	@Override
	public void show(TaskContext task, Model model) {
		Scorecard scorecard = scorecards.get(task.id(SCORECARD_ID.name()));
		model.addAttribute("scorecard", scorecard);
		model.addAttribute("review", reviews.get(task.id(REVIEW_ID.name())));
		model.addAttribute("recommendation", task.variable(RECOMMENDATION.name()));
		model.addAttribute("trends", trends(task.relationship(), scorecard.getPeriodStart()));
	}

	@Override
	public Map<String, Object> read(TaskContext task, MultiValueMap<String, String> form) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ASSESSMENT.name(), FormFields.text(form, ASSESSMENT.name()));
		Boolean improvementNeeded = FormFields.choice(form, IMPROVEMENT_NEEDED.name());
		// left out, the completion would silently keep the recommendation's value of the process variable
		if (improvementNeeded == null) {
			throw ValidationException.of(IMPROVEMENT_NEEDED.name(), "Say whether improvement is needed");
		}
		variables.put(IMPROVEMENT_NEEDED.name(), improvementNeeded);
		variables.put(OVERRIDE_REASON.name(), FormFields.text(form, OVERRIDE_REASON.name()));
		return variables;
	}

	/** The periods of the charts and one trend per measure, aligned on those periods; served to Chart.js as JSON. */
	public record Trends(List<String> periods, List<MeasureTrend> measures) {
	}

	/**
	 * One measure over the periods: its results, the target of the version in force each period, and the glide path
	 * target of the periods in ramp-up (null where there is none).
	 */
	public record MeasureTrend(long id, String name, String unit, boolean higherIsBetter, List<BigDecimal> results,
			List<BigDecimal> targets, List<BigDecimal> glidePath) {
	}

	/**
	 * Every period reviewed or reported up to the given one, for the measures active in it. A fixed number of queries
	 * (measures, results, versions, glide path, scorecards) whatever the number of measures and periods.
	 */
	public Trends trends(Relationship relationship, LocalDate upTo) {
		List<SuccessMeasure> active = measures.measuresOf(relationship.getId()).stream().filter(m -> m.activeIn(upTo))
				.toList();
		List<PeriodResult> history = results.history(active);
		Map<Long, List<MeasureVersion>> versions = measures.versionsOf(active).stream()
				.collect(Collectors.groupingBy(MeasureVersion::getMeasureId));
		Map<Long, Map<LocalDate, BigDecimal>> glide = measures.glidePathOf(active).stream()
				.filter(g -> relationship.inRampUp(g.getPeriodStart()))
				.collect(Collectors.groupingBy(GlidePathTarget::getMeasureId,
						Collectors.toMap(GlidePathTarget::getPeriodStart, GlidePathTarget::getTarget)));
		Map<Long, Map<LocalDate, BigDecimal>> reported = history.stream()
				.collect(Collectors.groupingBy(PeriodResult::getMeasureId,
						Collectors.toMap(PeriodResult::getPeriodStart, PeriodResult::getValue)));

		TreeSet<LocalDate> periods = new TreeSet<>();
		periods.add(upTo);
		scorecards.history(relationship.getId()).forEach(s -> periods.add(s.getPeriodStart()));
		history.forEach(r -> periods.add(r.getPeriodStart()));
		List<LocalDate> axis = periods.headSet(upTo, true).stream().toList();

		List<MeasureTrend> trends = new ArrayList<>();
		for (SuccessMeasure m : active) {
			List<BigDecimal> values = new ArrayList<>();
			List<BigDecimal> targets = new ArrayList<>();
			List<BigDecimal> path = new ArrayList<>();
			for (LocalDate period : axis) {
				values.add(reported.getOrDefault(m.getId(), Map.of()).get(period));
				targets.add(targetIn(versions.getOrDefault(m.getId(), List.of()), period));
				path.add(glide.getOrDefault(m.getId(), Map.of()).get(period));
			}
			trends.add(new MeasureTrend(m.getId(), m.getName(), m.getUnit(),
					m.getDirection() == Direction.HIGHER_IS_BETTER, values, targets, path));
		}
		return new Trends(axis.stream().map(relationship::periodLabel).toList(), trends);
	}

	/** The target of the last version that took effect by the period; versions come oldest first. */
	private static BigDecimal targetIn(List<MeasureVersion> versions, LocalDate period) {
		BigDecimal target = null;
		for (MeasureVersion version : versions) {
			if (!version.getEffectiveFrom().isAfter(period)) {
				target = version.getTarget();
			}
		}
		return target;
	}
}
