package org.pacer.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message to a user or a group; the dedup key makes each event notify once. */
@Entity
@Table(name = "notification")
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "dedup_key")
	private String dedupKey;

	@Column(name = "recipient_user")
	private String recipientUser;

	@Column(name = "recipient_group")
	private String recipientGroup;

	private String kind;

	private String subject;

	private String body;

	private String link;

	@Column(name = "relationship_id")
	private Long relationshipId;

	@Column(name = "created_at")
	private Instant createdAt;

	/** PENDING until the mail outbox takes it up; null for kinds that are never mailed. */
	@Column(name = "mail_state")
	private String mailState;

	protected Notification() {
	}

	Notification(String dedupKey, String recipientUser, String recipientGroup, String kind, String subject, String body,
			String link, Long relationshipId, Instant createdAt) {
		this.dedupKey = dedupKey;
		this.recipientUser = recipientUser;
		this.recipientGroup = recipientGroup;
		this.kind = kind;
		this.subject = subject;
		this.body = body;
		this.link = link;
		this.relationshipId = relationshipId;
		this.createdAt = createdAt;
		this.mailState = MailKind.of(kind).isPresent() ? MailOutbox.PENDING : null;
	}

	public Long getId() {
		return id;
	}

	public String getDedupKey() {
		return dedupKey;
	}

	public String getRecipientUser() {
		return recipientUser;
	}

	public String getRecipientGroup() {
		return recipientGroup;
	}

	public String getKind() {
		return kind;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public String getLink() {
		return link;
	}

	public Long getRelationshipId() {
		return relationshipId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getMailState() {
		return mailState;
	}
}
