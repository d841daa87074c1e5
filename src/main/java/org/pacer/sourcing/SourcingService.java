package org.pacer.sourcing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.pacer.audit.AuditLog;
import org.pacer.common.Errors;
import org.pacer.common.NotFoundException;
import org.pacer.improvement.ImprovementAction;
import org.pacer.improvement.ImprovementPlan;
import org.pacer.improvement.ImprovementService;
import org.pacer.improvement.ActionStatus;
import org.pacer.relationship.Provider;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipService;
import org.pacer.relationship.RelationshipService.NewRelationship;
import org.pacer.review.ReviewService;
import org.pacer.scorecard.ScorecardService;
import org.pacer.time.PacerClock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Prepares the evidence for the real choice, records the decision and carries out bringing a service in-house. */
@Service
@Transactional
public class SourcingService {

	private static final String PENDING = "PENDING";

	private static final String DECIDED = "DECIDED";

	private static final int TREND_PERIODS = 12;

	private final SourcingDecisionRepository decisions;

	private final RelationshipService relationships;

	private final ReviewService reviews;

	private final ScorecardService scorecards;

	private final ImprovementService improvements;

	private final AuditLog audit;

	private final PacerClock clock;

	private final ObjectMapper json;

	public SourcingService(SourcingDecisionRepository decisions, RelationshipService relationships, ReviewService reviews,
			ScorecardService scorecards, ImprovementService improvements, AuditLog audit, PacerClock clock,
			ObjectMapper json) {
		this.decisions = decisions;
		this.relationships = relationships;
		this.reviews = reviews;
		this.scorecards = scorecards;
		this.improvements = improvements;
		this.audit = audit;
		this.clock = clock;
		this.json = json;
	}

	/** Consecutive RED reviews since the last decision, so a decision is not asked for twice over the same misses. */
	@Transactional(readOnly = true)
	public int consecutiveMisses(long relationshipId) {
		Instant since = decisions.findFirstByRelationshipIdAndStatusOrderByDecidedAtDesc(relationshipId, DECIDED)
				.map(SourcingDecision::getDecidedAt).orElse(null);
		return reviews.consecutiveRedReviews(relationshipId, since);
	}

	@Transactional(readOnly = true)
	public boolean repeatedMisses(long relationshipId) {
		return consecutiveMisses(relationshipId) >= relationships.get(relationshipId).getMissLimit();
	}

	@Transactional(readOnly = true)
	public boolean hasPendingDecision(long relationshipId) {
		return decisions.existsByRelationshipIdAndStatus(relationshipId, PENDING);
	}

	/** Opens a decision with the evidence of today. The trigger says whether misses or the calendar asked for it. */
	public SourcingDecision prepare(long relationshipId) {
		Relationship relationship = relationships.get(relationshipId);
		SourcingTrigger trigger = repeatedMisses(relationshipId) ? SourcingTrigger.REPEATED_MISSES
				: SourcingTrigger.SCHEDULED;
		String options = Arrays.stream(SourcingOption.values()).map(Enum::name).collect(Collectors.joining(","));
		SourcingDecision decision = decisions.save(new SourcingDecision(relationshipId, trigger, clock.now(),
				write(evidence(relationship)), options));
		audit.record(relationshipId, "system", "SOURCING_PREPARED",
				"Sourcing decision " + decision.getId() + " (" + trigger + ") put before the sourcing board");
		return decision;
	}

	public Evidence evidence(Relationship relationship) {
		long id = relationship.getId();
		List<Evidence.ScorePoint> trend = scorecards.history(id).stream()
				.map(s -> new Evidence.ScorePoint(relationship.periodLabel(s.getPeriodStart()), s.getOverallScore(),
						s.getAchievedLevel(), s.getRatings()))
				.toList();
		trend = trend.subList(Math.max(0, trend.size() - TREND_PERIODS), trend.size());
		List<ImprovementPlan> plans = improvements.plansOf(id);
		List<ImprovementAction> actions = improvements.actionsOfPlans(plans);
		LocalDate today = clock.today();
		int done = (int) actions.stream().filter(a -> a.getStatus() == ActionStatus.DONE).count();
		int overdue = (int) actions.stream().filter(a -> a.isOverdue(today)).count();
		List<Evidence.MaturityPoint> maturity = improvements.maturityOf(id).stream()
				.map(m -> new Evidence.MaturityPoint(m.getAssessedOn(), m.getLevel())).toList();
		return new Evidence(trend, consecutiveMisses(id), relationship.getMissLimit(), plans.size(), done,
				actions.size() - done, overdue, maturity, relationship.getExpectedLevel(), relationship.getAchievedLevel(),
				relationship.getRampUpEndsOn(), relationship.inRampUp(relationship.getReviewPeriod().periodContaining(today)));
	}

	public record Choice(SourcingOption option, String rationale, LocalDate remediationDeadline, Integer noticePeriodDays,
			String inHouseTeam) {
	}

	public SourcingDecision decide(long decisionId, Choice choice, String actor) {
		SourcingDecision decision = get(decisionId);
		Errors errors = new Errors();
		errors.rejectIf(!decision.isPending(), "sourcingOption", "This decision was already taken");
		errors.rejectIf(choice.option() == null, "sourcingOption", "Choose continue, remediate, bring in-house or re-tender");
		String rationale = choice.rationale() == null ? "" : choice.rationale().trim();
		errors.rejectIf(rationale.isEmpty(), "rationale", "Give the rationale for the decision");
		errors.rejectIf(rationale.length() > 4000, "rationale", "Keep the rationale under 4000 characters");
		if (choice.option() == SourcingOption.REMEDIATE) {
			errors.rejectIf(choice.remediationDeadline() == null || !choice.remediationDeadline().isAfter(clock.today()),
					"remediationDeadline", "Remediation needs a deadline in the future");
		}
		if (choice.option() == SourcingOption.RE_TENDER) {
			errors.rejectIf(choice.noticePeriodDays() == null || choice.noticePeriodDays() < 0
					|| choice.noticePeriodDays() > 730, "noticePeriodDays", "Give the notice period, 0 to 730 days");
		}
		errors.throwIfAny();
		decision.decide(choice.option(), rationale,
				choice.option() == SourcingOption.REMEDIATE ? choice.remediationDeadline() : null,
				choice.option() == SourcingOption.RE_TENDER ? choice.noticePeriodDays() : null, actor, clock.now());
		audit.record(decision.getRelationshipId(), actor, "SOURCING_DECIDED", choice.option().label() + ": " + rationale);
		return decision;
	}

	/** Starts the successor relationship with an internal team; the caller starts its lifecycle. */
	public Relationship bringInHouse(long decisionId, String inHouseTeam) {
		SourcingDecision decision = get(decisionId);
		Relationship current = relationships.get(decision.getRelationshipId());
		if (decision.getSuccessorRelationshipId() != null) {
			return relationships.get(decision.getSuccessorRelationshipId());
		}
		Provider team = relationships.providerForInHouseTeam(
				inHouseTeam == null || inHouseTeam.isBlank() ? "In-house " + current.getName() : inHouseTeam);
		Relationship successor = relationships.create(new NewRelationship(current.getName() + " (in-house)", team.getId(),
				current.getManagerId(), current.getReviewPeriod(), clock.today()), "system");
		decision.succeededBy(successor.getId());
		audit.record(current.getId(), "system", "BROUGHT_IN_HOUSE",
				"Service moves to " + team.getName() + " (relationship " + successor.getId() + ")");
		return successor;
	}

	@Transactional(readOnly = true)
	public SourcingDecision get(long decisionId) {
		return decisions.findById(decisionId).orElseThrow(() -> new NotFoundException("Sourcing decision", decisionId));
	}

	/** A page of the decisions the condition lets through, paged and counted in the database. */
	@Transactional(readOnly = true)
	public Page<SourcingDecision> page(Specification<SourcingDecision> which, Pageable page) {
		return decisions.findAll(which, page);
	}

	@Transactional(readOnly = true)
	public List<SourcingDecision> decisionsOf(long relationshipId) {
		return decisions.findByRelationshipIdOrderByPreparedAtDesc(relationshipId);
	}

	@Transactional(readOnly = true)
	public Evidence evidenceOf(SourcingDecision decision) {
		try {
			return json.readValue(decision.getEvidence(), Evidence.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Evidence of decision " + decision.getId() + " is unreadable", e);
		}
	}

	private String write(Evidence evidence) {
		try {
			return json.writeValueAsString(evidence);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Evidence cannot be written", e);
		}
	}
}
