package org.pacer.sourcing;

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

/** A sourcing decision: the evidence prepared, the options considered, the choice and why. */
@Entity
@Table(name = "sourcing_decision")
public class SourcingDecision {

	/** The status of a decision the board has not taken yet. */
	public static final String PENDING = "PENDING";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "relationship_id")
	private Long relationshipId;

	@Enumerated(EnumType.STRING)
	@Column(name = "trigger_kind")
	private SourcingTrigger trigger;

	private String status = PENDING;

	@Column(name = "prepared_at")
	private Instant preparedAt;

	private String evidence;

	@Column(name = "options_considered")
	private String optionsConsidered;

	@Enumerated(EnumType.STRING)
	private SourcingOption decision;

	private String rationale;

	@Column(name = "remediation_deadline")
	private LocalDate remediationDeadline;

	@Column(name = "notice_period_days")
	private Integer noticePeriodDays;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "successor_relationship_id")
	private Long successorRelationshipId;

	protected SourcingDecision() {
	}

	SourcingDecision(Long relationshipId, SourcingTrigger trigger, Instant preparedAt, String evidence,
			String optionsConsidered) {
		this.relationshipId = relationshipId;
		this.trigger = trigger;
		this.preparedAt = preparedAt;
		this.evidence = evidence;
		this.optionsConsidered = optionsConsidered;
	}

	void decide(SourcingOption decision, String rationale, LocalDate remediationDeadline, Integer noticePeriodDays,
			String by, Instant at) {
		this.status = "DECIDED";
		this.decision = decision;
		this.rationale = rationale;
		this.remediationDeadline = remediationDeadline;
		this.noticePeriodDays = noticePeriodDays;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	void succeededBy(Long relationshipId) {
		this.successorRelationshipId = relationshipId;
	}

	public boolean isPending() {
		return PENDING.equals(status);
	}

	public Long getId() {
		return id;
	}

	public Long getRelationshipId() {
		return relationshipId;
	}

	public SourcingTrigger getTrigger() {
		return trigger;
	}

	public String getStatus() {
		return status;
	}

	public Instant getPreparedAt() {
		return preparedAt;
	}

	public String getEvidence() {
		return evidence;
	}

	public String getOptionsConsidered() {
		return optionsConsidered;
	}

	public SourcingOption getDecision() {
		return decision;
	}

	public String getRationale() {
		return rationale;
	}

	public LocalDate getRemediationDeadline() {
		return remediationDeadline;
	}

	public Integer getNoticePeriodDays() {
		return noticePeriodDays;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public Long getSuccessorRelationshipId() {
		return successorRelationshipId;
	}
}
