package org.pacer.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.pacer.improvement.ImprovementAction;
import org.pacer.improvement.ImprovementPlan;
import org.pacer.measure.MeasureVersion;
import org.pacer.measure.SuccessMeasure;
import org.pacer.relationship.Relationship;
import org.pacer.result.PeriodResult;
import org.pacer.review.PerformanceReview;
import org.pacer.scorecard.RagCounts;
import org.pacer.scorecard.Scorecard;
import org.pacer.scorecard.ScorecardLevel;
import org.pacer.scorecard.ScorecardLine;
import org.pacer.scorecard.ScorecardPerspective;
import org.pacer.sourcing.SourcingDecision;

/** What /api/v1 answers: plain records made from Pacer's entities, so the entities can change without the API. */
final class ApiViews {

	private ApiViews() {
	}

	public record RelationshipView(long id, String name, long providerId, String provider, String providerKind,
			String managerId, String status, String reviewPeriod, LocalDate startDate, Integer expectedLevel,
			Integer achievedLevel, LocalDate rampUpEndsOn, ScorecardSummary latestScorecard) {

		static RelationshipView of(Relationship r, Scorecard latest) {
			return new RelationshipView(r.getId(), r.getName(), r.getProvider().getId(), r.getProvider().getName(),
					r.getProvider().getKind().name(), r.getManagerId(), r.getStatus().name(), r.getReviewPeriod().name(),
					r.getStartDate(), r.getExpectedLevel(), r.getAchievedLevel(), r.getRampUpEndsOn(),
					latest == null ? null : ScorecardSummary.of(latest));
		}
	}

	public record VersionView(long id, LocalDate effectiveFrom, BigDecimal target, BigDecimal threshold,
			BigDecimal weight, String createdBy, Instant createdAt) {

		static VersionView of(MeasureVersion v) {
			return new VersionView(v.getId(), v.getEffectiveFrom(), v.getTarget(), v.getThreshold(), v.getWeight(),
					v.getCreatedBy(), v.getCreatedAt());
		}
	}

	public record MeasureView(long id, long relationshipId, String name, String unit, String direction, String need,
			String perspective, int level, LocalDate retiredFrom, List<VersionView> versions) {

		static MeasureView of(SuccessMeasure m, List<MeasureVersion> versions) {
			return new MeasureView(m.getId(), m.getRelationshipId(), m.getName(), m.getUnit(), m.getDirection().name(),
					m.getNeed().getName(), m.getNeed().getPerspective().name(), m.getNeed().getLevel().getRank(),
					m.getRetiredFrom(), versions.stream().map(VersionView::of).toList());
		}
	}

	public record ResultView(long measureId, String measure, String unit, LocalDate period, BigDecimal value,
			String comment, String source, String submittedBy, Instant submittedAt) {

		static ResultView of(PeriodResult r, SuccessMeasure m) {
			return new ResultView(m.getId(), m.getName(), m.getUnit(), r.getPeriodStart(), r.getValue(), r.getComment(),
					r.getSource().name(), r.getSubmittedBy(), r.getSubmittedAt());
		}
	}

	public record ScorecardSummary(long id, long relationshipId, long reviewId, LocalDate period, Instant computedAt,
			boolean inRampUp, BigDecimal overallScore, int achievedLevel, String standing, int green, int amber,
			int red, int noData) {

		static ScorecardSummary of(Scorecard s) {
			RagCounts ratings = s.getRatings();
			return new ScorecardSummary(s.getId(), s.getRelationshipId(), s.getReviewId(), s.getPeriodStart(),
					s.getComputedAt(), s.isInRampUp(), s.getOverallScore(), s.getAchievedLevel(),
					ratings.standing().name(), ratings.green(), ratings.amber(), ratings.red(), ratings.noData());
		}
	}

	/** One figure of a scorecard with everything that went into it and the sentence that explains it. */
	public record LineView(long measureId, String measure, String perspective, int level, String direction,
			BigDecimal actual, BigDecimal target, BigDecimal threshold, String targetSource, BigDecimal weight,
			BigDecimal attainment, String rating, String explanation) {

		static LineView of(ScorecardLine l) {
			return new LineView(l.getMeasureId(), l.getMeasureName(), l.getPerspective().name(), l.getLevelRank(),
					l.getDirection().name(), l.getActual(), l.getTargetUsed(), l.getThresholdUsed(),
					l.getTargetSource().name(), l.getWeight(), l.getAttainment(), l.getRating().name(),
					l.getExplanation());
		}
	}

	public record PerspectiveView(String perspective, BigDecimal score, int measures, int measuresWithData) {

		static PerspectiveView of(ScorecardPerspective p) {
			return new PerspectiveView(p.getPerspective().name(), p.getScore(), p.getMeasures(), p.getMeasuresWithData());
		}
	}

	public record LevelView(int level, String name, String status, int green, int amber, int red, int noData) {

		static LevelView of(ScorecardLevel l) {
			RagCounts ratings = l.getRatings();
			return new LevelView(l.getLevelRank(), l.getLevelName(), l.getStatus().name(), ratings.green(),
					ratings.amber(), ratings.red(), ratings.noData());
		}
	}

	public record ScorecardView(ScorecardSummary summary, List<LineView> lines, List<PerspectiveView> perspectives,
			List<LevelView> levels) {

		static ScorecardView of(Scorecard s) {
			return new ScorecardView(ScorecardSummary.of(s), s.getLines().stream().map(LineView::of).toList(),
					s.getPerspectives().stream().map(PerspectiveView::of).toList(),
					s.getLevels().stream().map(LevelView::of).toList());
		}
	}

	public record ReviewView(long id, long relationshipId, LocalDate period, String status, Instant openedAt,
			String resultsSubmittedBy, Instant resultsSubmittedAt, Boolean recommendedImprovement,
			String recommendationReason, String assessment, Boolean improvementNeeded, String overrideReason,
			String reviewedBy, Instant reviewedAt, String acknowledgedBy, Instant acknowledgedAt, String disputeReason,
			Instant publishedAt, ScorecardSummary scorecard) {

		static ReviewView of(PerformanceReview r, Scorecard s) {
			return new ReviewView(r.getId(), r.getRelationshipId(), r.getPeriodStart(), r.getStatus().name(),
					r.getOpenedAt(), r.getResultsSubmittedBy(), r.getResultsSubmittedAt(), r.getRecommendedImprovement(),
					r.getRecommendationReason(), r.getAssessment(), r.getImprovementNeeded(), r.getOverrideReason(),
					r.getReviewedBy(), r.getReviewedAt(), r.getAcknowledgedBy(), r.getAcknowledgedAt(),
					r.getDisputeReason(), r.getPublishedAt(), s == null ? null : ScorecardSummary.of(s));
		}
	}

	public record ActionView(long id, String description, String ownerSide, String ownerUser, LocalDate dueDate,
			Long measureId, String status, String completedBy, Instant completedAt, String completionNote) {

		static ActionView of(ImprovementAction a) {
			return new ActionView(a.getId(), a.getDescription(), a.getOwnerSide().name(), a.getOwnerUser(),
					a.getDueDate(), a.getMeasureId(), a.getStatus().name(), a.getCompletedBy(), a.getCompletedAt(),
					a.getCompletionNote());
		}
	}

	public record PlanView(long id, long relationshipId, long reviewId, String status, Integer targetMaturity,
			String summary, String submittedBy, Instant submittedAt, String reviewComments, String decidedBy,
			Instant decidedAt, Instant createdAt, List<ActionView> actions) {

		static PlanView of(ImprovementPlan p, Map<Long, List<ImprovementAction>> actionsOfPlan) {
			return new PlanView(p.getId(), p.getRelationshipId(), p.getReviewId(), p.getStatus().name(),
					p.getTargetMaturity(), p.getSummary(), p.getSubmittedBy(), p.getSubmittedAt(), p.getReviewComments(),
					p.getDecidedBy(), p.getDecidedAt(), p.getCreatedAt(),
					actionsOfPlan.getOrDefault(p.getId(), List.of()).stream().map(ActionView::of).toList());
		}
	}

	/**
	 * A sourcing decision. The board's evidence and rationale are the client's own: a provider sees the outcome
	 * only (they are null), as on the relationship page.
	 */
	public record DecisionView(long id, long relationshipId, String trigger, String status, Instant preparedAt,
			String optionsConsidered, String decision, String rationale, String evidence,
			LocalDate remediationDeadline, Integer noticePeriodDays, String decidedBy, Instant decidedAt,
			Long successorRelationshipId) {

		static DecisionView of(SourcingDecision d, boolean clientSide) {
			return new DecisionView(d.getId(), d.getRelationshipId(), d.getTrigger().name(), d.getStatus(),
					d.getPreparedAt(), d.getOptionsConsidered(), d.getDecision() == null ? null : d.getDecision().name(),
					clientSide ? d.getRationale() : null, clientSide ? d.getEvidence() : null,
					d.getRemediationDeadline(), d.getNoticePeriodDays(), d.getDecidedBy(), d.getDecidedAt(),
					d.getSuccessorRelationshipId());
		}
	}
}
