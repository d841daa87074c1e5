package org.pacer.api;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A provider system's key to /api/v1. Only the SHA-256 of its secret is stored; the hint (the secret's first
 * characters) lets people tell their tokens apart without revealing them.
 */
@Entity
@Table(name = "api_token")
class ApiToken {

	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "provider_id")
	private Long providerId;

	private String name;

	@Column(name = "secret_hash")
	private String secretHash;

	private String hint;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_by")
	private String revokedBy;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(Long providerId, String name, String secretHash, String hint, String createdBy, Instant createdAt,
			Instant expiresAt) {
		this.providerId = providerId;
		this.name = name;
		this.secretHash = secretHash;
		this.hint = hint;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	public boolean isActive(Instant at) {
		return revokedAt == null && at.isBefore(expiresAt);
	}

	/** A minute is precise enough for "last used", and spares the token's row a write on every request. */
	void used(Instant at) {
		if (lastUsedAt == null || lastUsedAt.isBefore(at.minus(LAST_USED_PRECISION))) {
			this.lastUsedAt = at;
		}
	}

	void revoke(String by, Instant at) {
		this.revokedBy = by;
		this.revokedAt = at;
	}

	/** The name the API's writes are audited under, e.g. "token:Acme ERP". */
	public String actor() {
		return "token:" + name;
	}

	public Long getId() {
		return id;
	}

	public Long getProviderId() {
		return providerId;
	}

	public String getName() {
		return name;
	}

	public String getHint() {
		return hint;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getLastUsedAt() {
		return lastUsedAt;
	}

	public String getRevokedBy() {
		return revokedBy;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}
}
