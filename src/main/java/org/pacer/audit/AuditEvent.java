package org.pacer.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a relationship's audit trail: who did what, when. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "relationship_id")
	private Long relationshipId;

	private String actor;

	private String action;

	private String detail;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	protected AuditEvent() {
	}

	AuditEvent(Long relationshipId, String actor, String action, String detail, Instant occurredAt) {
		this.relationshipId = relationshipId;
		this.actor = actor;
		this.action = action;
		this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
		this.occurredAt = occurredAt;
	}

	public Long getId() {
		return id;
	}

	public Long getRelationshipId() {
		return relationshipId;
	}

	public String getActor() {
		return actor;
	}

	public String getAction() {
		return action;
	}

	public String getDetail() {
		return detail;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}
}
