package org.pacer.people;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time link for a person to set their password and join a group. Only the SHA-256 of the link's secret is kept;
 * a resend gives the invitation a new secret, so the old link stops working.
 */
@Entity
@Table(name = "invitation")
class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id")
	private String userId;

	private String email;

	@Column(name = "display_name")
	private String displayName;

	@Column(name = "group_id")
	private String groupId;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "invited_by")
	private String invitedBy;

	@Column(name = "invited_at")
	private Instant invitedAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	@Column(name = "revoked_by")
	private String revokedBy;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	/** Leads the provider once joined. */
	private boolean lead;

	protected Invitation() {
	}

	Invitation(String userId, String email, String displayName, String groupId, boolean lead, String invitedBy) {
		this.userId = userId;
		this.lead = lead;
		this.email = email;
		this.displayName = displayName;
		this.groupId = groupId;
		this.invitedBy = invitedBy;
	}

	/** A new secret for the link (first sending or a resend); the link sent before stops working. */
	void issue(String tokenHash, Instant at, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.invitedAt = at;
		this.expiresAt = expiresAt;
	}

	public boolean isLead() {
		return lead;
	}

	boolean isOpen(Instant at) {
		return acceptedAt == null && revokedAt == null && at.isBefore(expiresAt);
	}

	/** Still waiting for the person: neither used nor revoked (it may have expired, and can be sent again). */
	boolean isPending() {
		return acceptedAt == null && revokedAt == null;
	}

	void accepted(Instant at) {
		this.acceptedAt = at;
	}

	void revoke(String by, Instant at) {
		this.revokedBy = by;
		this.revokedAt = at;
	}

	public Long getId() {
		return id;
	}

	public String getUserId() {
		return userId;
	}

	public String getEmail() {
		return email;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getGroupId() {
		return groupId;
	}

	public String getInvitedBy() {
		return invitedBy;
	}

	public Instant getInvitedAt() {
		return invitedAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getAcceptedAt() {
		return acceptedAt;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}
}
