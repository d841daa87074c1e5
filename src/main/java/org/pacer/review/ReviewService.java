package org.pacer.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pacer.audit.AuditLog;
import org.pacer.common.Errors;
import org.pacer.common.NotFoundException;
import org.pacer.notification.NotificationService;
import org.pacer.notification.NotificationService.Recipient;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipService;
import org.pacer.scorecard.Scorecard;
import org.pacer.scorecard.ScorecardService;
import org.pacer.time.PacerClock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** One performance review per relationship and period: opening, assessment, acknowledgement, publication. */
@Service
@Transactional
public class ReviewService {

	private static final int MAX_TEXT = 4000;

	private final PerformanceReviewRepository reviews;

	private final RelationshipService relationships;

	private final ScorecardService scorecards;

	private final NotificationService notifications;

	private final AuditLog audit;

	private final PacerClock clock;

	public ReviewService(PerformanceReviewRepository reviews, RelationshipService relationships,
			ScorecardService scorecards, NotificationService notifications, AuditLog audit, PacerClock clock) {
		this.reviews = reviews;
		this.relationships = relationships;
		this.scorecards = scorecards;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/** Opens the review of a period; opening it again (a retried job) returns the same review. */
	public PerformanceReview open(long relationshipId, LocalDate periodStart, String processInstanceId) {
		return reviews.findByRelationshipIdAndPeriodStart(relationshipId, periodStart).orElseGet(() -> {
			PerformanceReview review = reviews
					.save(new PerformanceReview(relationshipId, periodStart, processInstanceId, clock.now()));
			Relationship relationship = relationships.get(relationshipId);
			audit.record(relationshipId, "system", "REVIEW_OPENED", "Review of " + relationship.periodLabel(periodStart));
			return review;
		});
	}

	public void notifyProvider(long reviewId, String link) {
		PerformanceReview review = get(reviewId);
		Relationship relationship = relationships.get(review.getRelationshipId());
		String period = relationship.periodLabel(review.getPeriodStart());
		notifications.notify("review-opened:" + reviewId, Recipient.group(relationship.getProvider().getCandidateGroup()),
				"REVIEW_OPENED", "Results for " + period + " are due",
				"Period " + period + " of " + relationship.getName() + " has ended. Please submit your results.", link,
				relationship.getId());
	}

	public void recordResultsSubmission(long reviewId, String actor) {
		PerformanceReview review = get(reviewId);
		review.resultsSubmitted(actor, clock.now());
		audit.record(review.getRelationshipId(), actor, "RESULTS_COMPLETED",
				"Results for " + label(review) + " handed in for review");
	}

	public void markScored(long reviewId) {
		get(reviewId).scored();
	}

	public record Assessment(String assessment, Boolean improvementNeeded, String overrideReason) {
	}

	/**
	 * The manager's assessment. Overriding the recommendation (either way) needs a reason, so the decision can be
	 * understood later.
	 */
	public void assess(long reviewId, Assessment input, boolean recommended, String recommendationReason, String actor) {
		PerformanceReview review = get(reviewId);
		Errors errors = new Errors();
		String text = input.assessment() == null ? "" : input.assessment().trim();
		errors.rejectIf(text.isEmpty(), "assessment", "Write the assessment the provider will read");
		errors.rejectIf(text.length() > MAX_TEXT, "assessment", "Keep the assessment under " + MAX_TEXT + " characters");
		errors.rejectIf(input.improvementNeeded() == null, "improvementNeeded", "Say whether improvement is needed");
		boolean overrides = input.improvementNeeded() != null && input.improvementNeeded() != recommended;
		String reason = input.overrideReason() == null ? null : input.overrideReason().trim();
		errors.rejectIf(reason != null && reason.length() > MAX_TEXT, "overrideReason",
				"Keep the reason under " + MAX_TEXT + " characters");
		errors.rejectIf(overrides && (reason == null || reason.isEmpty()), "overrideReason",
				"Say why you " + (recommended ? "do not follow" : "go beyond") + " the recommendation: " + recommendationReason);
		errors.throwIfAny();
		review.assess(recommended, recommendationReason, text, input.improvementNeeded(), overrides ? reason : null, actor, clock.now());
		audit.record(review.getRelationshipId(), actor, "REVIEW_ASSESSED", "Review of " + label(review)
				+ (input.improvementNeeded() ? ": improvement needed" : ": no improvement needed")
				+ (overrides ? " (recommendation overridden: " + reason + ")" : ""));
	}

	/** Returns true when the dispute reopens the manager's review (the first dispute only). */
	public boolean acknowledge(long reviewId, Boolean accepted, String disputeReason, String actor) {
		PerformanceReview review = get(reviewId);
		Errors errors = new Errors();
		errors.rejectIf(accepted == null, "reviewAccepted", "Accept the review or dispute it");
		String reason = disputeReason == null ? "" : disputeReason.trim();
		errors.rejectIf(Boolean.FALSE.equals(accepted) && reason.isEmpty(), "disputeReason",
				"Say what you dispute, so the manager can look again");
		errors.rejectIf(reason.length() > 1000, "disputeReason", "Keep the reason under 1000 characters");
		errors.throwIfAny();
		if (accepted) {
			review.acknowledge(actor, clock.now());
			audit.record(review.getRelationshipId(), actor, "REVIEW_ACKNOWLEDGED", "Review of " + label(review));
			return false;
		}
		boolean reopens = review.dispute(reason, actor, clock.now());
		audit.record(review.getRelationshipId(), actor, "REVIEW_DISPUTED", "Review of " + label(review) + ": " + reason
				+ (reopens ? " (reopened for the manager)" : " (already reopened once; the review stands)"));
		return reopens;
	}

	public PerformanceReview publish(long reviewId, String link) {
		PerformanceReview review = get(reviewId);
		if (review.isPublished()) {
			return review;
		}
		review.publish(clock.now());
		Relationship relationship = relationships.get(review.getRelationshipId());
		audit.record(relationship.getId(), "system", "REVIEW_PUBLISHED", "Review of " + label(review));
		notifications.notify("review-published:" + reviewId,
				Recipient.group(relationship.getProvider().getCandidateGroup()), "REVIEW_PUBLISHED",
				"Review of " + label(review) + " published", review.getAssessment(), link, relationship.getId());
		return review;
	}

	/** The relationship ended while the review ran: a published review stands, any other ends unpublished. */
	public void endWithRelationship(long reviewId) {
		PerformanceReview review = get(reviewId);
		if (!review.isPublished() && review.getStatus() != ReviewStatus.ENDED) {
			review.endWithRelationship();
			audit.record(review.getRelationshipId(), "system", "REVIEW_ENDED",
					"Review of " + label(review) + " ended unpublished: the relationship ended");
		}
	}

	/**
	 * How many of the latest published reviews in a row (newest first, after the given moment) have a RED rating.
	 * Two queries whatever the number of reviews.
	 */
	@Transactional(readOnly = true)
	public int consecutiveRedReviews(long relationshipId, Instant after) {
		List<PerformanceReview> published = reviews
				.findByRelationshipIdAndStatusOrderByPeriodStartDesc(relationshipId, ReviewStatus.PUBLISHED).stream()
				.filter(r -> after == null || r.getPublishedAt().isAfter(after)).toList();
		Map<Long, Scorecard> byReview = scorecards.forReviews(published.stream().map(PerformanceReview::getId).toList())
				.stream().collect(Collectors.toMap(Scorecard::getReviewId, Function.identity()));
		int count = 0;
		for (PerformanceReview review : published) {
			Scorecard scorecard = byReview.get(review.getId());
			if (scorecard == null || !scorecard.hasRed()) {
				break;
			}
			count++;
		}
		return count;
	}

	@Transactional(readOnly = true)
	public PerformanceReview get(long reviewId) {
		return reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("Review", reviewId));
	}

	/** The relationship a review belongs to, for steps that check the review id they were given. */
	@Transactional(readOnly = true)
	public Long relationshipOf(long reviewId) {
		return get(reviewId).getRelationshipId();
	}

	/** A relationship's review period, without the rest of its review. */
	public record ReviewPeriodOf(Long relationshipId, LocalDate periodStart) {
	}

	/** The periods of every review of the relationships: one query. */
	@Transactional(readOnly = true)
	public List<ReviewPeriodOf> periodsOf(Collection<Long> relationshipIds) {
		return relationshipIds.isEmpty() ? List.of() : reviews.periodsOf(relationshipIds);
	}

	/** A page of the reviews the condition lets through, paged and counted in the database. */
	@Transactional(readOnly = true)
	public Page<PerformanceReview> page(Specification<PerformanceReview> which, Pageable page) {
		return reviews.findAll(which, page);
	}

	@Transactional(readOnly = true)
	public List<PerformanceReview> reviewsOf(long relationshipId) {
		return reviews.findByRelationshipIdOrderByPeriodStartDesc(relationshipId);
	}

	private String label(PerformanceReview review) {
		return relationships.get(review.getRelationshipId()).periodLabel(review.getPeriodStart());
	}
}
