package org.pacer.review;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The review of one relationship for one period: the manager's assessment and the provider's answer. */
@Entity
@Table(name = "performance_review")
public class PerformanceReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "relationship_id")
	private Long relationshipId;

	@Column(name = "period_start")
	private LocalDate periodStart;

	@Enumerated(EnumType.STRING)
	private ReviewStatus status = ReviewStatus.AWAITING_RESULTS;

	@Column(name = "process_instance_id")
	private String processInstanceId;

	@Column(name = "opened_at")
	private Instant openedAt;

	@Column(name = "results_submitted_by")
	private String resultsSubmittedBy;

	@Column(name = "results_submitted_at")
	private Instant resultsSubmittedAt;

	@Column(name = "recommended_improvement")
	private Boolean recommendedImprovement;

	@Column(name = "recommendation_reason")
	private String recommendationReason;

	private String assessment;

	@Column(name = "improvement_needed")
	private Boolean improvementNeeded;

	@Column(name = "override_reason")
	private String overrideReason;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "acknowledged_by")
	private String acknowledgedBy;

	@Column(name = "acknowledged_at")
	private Instant acknowledgedAt;

	@Column(name = "dispute_reason")
	private String disputeReason;

	private boolean reopened;

	@Column(name = "published_at")
	private Instant publishedAt;

	protected PerformanceReview() {
	}

	PerformanceReview(Long relationshipId, LocalDate periodStart, String processInstanceId, Instant openedAt) {
		this.relationshipId = relationshipId;
		this.periodStart = periodStart;
		this.processInstanceId = processInstanceId;
		this.openedAt = openedAt;
	}

	void resultsSubmitted(String by, Instant at) {
		this.resultsSubmittedBy = by;
		this.resultsSubmittedAt = at;
	}

	void scored() {
		this.status = ReviewStatus.IN_REVIEW;
	}

	void assess(boolean recommended, String recommendationReason, String assessment, boolean improvementNeeded,
			String overrideReason, String by, Instant at) {
		this.recommendedImprovement = recommended;
		this.recommendationReason = recommendationReason;
		this.status = ReviewStatus.AWAITING_ACKNOWLEDGEMENT;
		this.assessment = assessment;
		this.improvementNeeded = improvementNeeded;
		this.overrideReason = overrideReason;
		this.reviewedBy = by;
		this.reviewedAt = at;
	}

	void acknowledge(String by, Instant at) {
		this.acknowledgedBy = by;
		this.acknowledgedAt = at;
		this.disputeReason = null;
	}

	/** Returns true when the dispute reopens the review: only the first one does. */
	boolean dispute(String reason, String by, Instant at) {
		this.disputeReason = reason;
		this.acknowledgedBy = by;
		this.acknowledgedAt = at;
		if (reopened) {
			return false;
		}
		this.reopened = true;
		this.status = ReviewStatus.IN_REVIEW;
		return true;
	}

	void publish(Instant at) {
		this.status = ReviewStatus.PUBLISHED;
		this.publishedAt = at;
	}

	void endWithRelationship() {
		this.status = ReviewStatus.ENDED;
	}

	public boolean isPublished() {
		return status == ReviewStatus.PUBLISHED;
	}

	public Long getId() {
		return id;
	}

	public Long getRelationshipId() {
		return relationshipId;
	}

	public LocalDate getPeriodStart() {
		return periodStart;
	}

	public ReviewStatus getStatus() {
		return status;
	}

	public String getProcessInstanceId() {
		return processInstanceId;
	}

	public Instant getOpenedAt() {
		return openedAt;
	}

	public String getResultsSubmittedBy() {
		return resultsSubmittedBy;
	}

	public Instant getResultsSubmittedAt() {
		return resultsSubmittedAt;
	}

	public Boolean getRecommendedImprovement() {
		return recommendedImprovement;
	}

	public String getRecommendationReason() {
		return recommendationReason;
	}

	public String getAssessment() {
		return assessment;
	}

	public Boolean getImprovementNeeded() {
		return improvementNeeded;
	}

	public String getOverrideReason() {
		return overrideReason;
	}

	public String getReviewedBy() {
		return reviewedBy;
	}

	public Instant getReviewedAt() {
		return reviewedAt;
	}

	public String getAcknowledgedBy() {
		return acknowledgedBy;
	}

	public Instant getAcknowledgedAt() {
		return acknowledgedAt;
	}

	public String getDisputeReason() {
		return disputeReason;
	}

	public boolean isReopened() {
		return reopened;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}
}
