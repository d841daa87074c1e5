package org.pacer.improvement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The joint plan that answers a below-target review: actions for both sides and the maturity to reach. */
@Entity
@Table(name = "improvement_plan")
public class ImprovementPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "review_id")
	private Long reviewId;

	@Column(name = "relationship_id")
	private Long relationshipId;

	@Enumerated(EnumType.STRING)
	private PlanStatus status = PlanStatus.DRAFT;

	@Column(name = "target_maturity")
	private Integer targetMaturity;

	private String summary;

	@Column(name = "submitted_by")
	private String submittedBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "review_comments")
	private String reviewComments;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	protected ImprovementPlan() {
	}

	ImprovementPlan(Long reviewId, Long relationshipId, Instant createdAt) {
		this.reviewId = reviewId;
		this.relationshipId = relationshipId;
		this.createdAt = createdAt;
	}

	public boolean isEditable() {
		return status == PlanStatus.DRAFT || status == PlanStatus.CHANGES_REQUESTED;
	}

	void describe(String summary, Integer targetMaturity) {
		this.summary = summary;
		this.targetMaturity = targetMaturity;
	}

	void submit(String by, Instant at) {
		this.status = PlanStatus.SUBMITTED;
		this.submittedBy = by;
		this.submittedAt = at;
	}

	void decide(boolean approved, String comments, String by, Instant at) {
		this.status = approved ? PlanStatus.APPROVED : PlanStatus.CHANGES_REQUESTED;
		this.reviewComments = comments;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	/** The relationship ended first: a plan not done yet stops where it is. */
	boolean endWithRelationship() {
		if (status == PlanStatus.DONE || status == PlanStatus.ENDED) {
			return false;
		}
		this.status = PlanStatus.ENDED;
		return true;
	}

	void done() {
		this.status = PlanStatus.DONE;
	}

	public Long getId() {
		return id;
	}

	public Long getReviewId() {
		return reviewId;
	}

	public Long getRelationshipId() {
		return relationshipId;
	}

	public PlanStatus getStatus() {
		return status;
	}

	public Integer getTargetMaturity() {
		return targetMaturity;
	}

	public String getSummary() {
		return summary;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getReviewComments() {
		return reviewComments;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
