package org.pacer.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The person who speaks for a provider: they manage its people and its API tokens. */
@Entity
@Table(name = "provider_lead")
class ProviderLead {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "provider_id")
	private Long providerId;

	@Column(name = "user_id")
	private String userId;

	protected ProviderLead() {
	}

	ProviderLead(Long providerId, String userId) {
		this.providerId = providerId;
		this.userId = userId;
	}

	public Long getProviderId() {
		return providerId;
	}

	public String getUserId() {
		return userId;
	}
}
