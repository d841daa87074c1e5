package org.pacer.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The identity provider's account (issuer and subject) a Pacer user id was bound to at its first single sign-on. */
@Entity
@Table(name = "sso_account")
class SsoAccount {

	@Id
	@Column(name = "user_id")
	private String userId;

	private String issuer;

	private String subject;

	@Column(name = "linked_at")
	private Instant linkedAt;

	@Column(name = "last_sign_in_at")
	private Instant lastSignInAt;

	protected SsoAccount() {
	}

	SsoAccount(String userId, String issuer, String subject, Instant at) {
		this.userId = userId;
		this.issuer = issuer;
		this.subject = subject;
		this.linkedAt = at;
		this.lastSignInAt = at;
	}

	boolean isAccount(String issuer, String subject) {
		return this.issuer.equals(issuer) && this.subject.equals(subject);
	}

	void signedIn(Instant at) {
		this.lastSignInAt = at;
	}

	String getUserId() {
		return userId;
	}
}
