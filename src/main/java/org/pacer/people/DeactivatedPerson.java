package org.pacer.people;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Someone who may no longer sign in. Their Camunda user stays (their name in every history and audit line); the
 * groups they left are kept so their provider's page still lists them.
 */
@Entity
@Table(name = "deactivated_person")
class DeactivatedPerson {

	@Id
	@Column(name = "user_id")
	private String userId;

	@Column(name = "former_groups")
	private String formerGroups;

	@Column(name = "deactivated_by")
	private String deactivatedBy;

	@Column(name = "deactivated_at")
	private Instant deactivatedAt;

	protected DeactivatedPerson() {
	}

	DeactivatedPerson(String userId, List<String> formerGroups, String deactivatedBy, Instant deactivatedAt) {
		this.userId = userId;
		this.formerGroups = String.join(",", formerGroups);
		this.deactivatedBy = deactivatedBy;
		this.deactivatedAt = deactivatedAt;
	}

	public String getUserId() {
		return userId;
	}

	public List<String> getFormerGroups() {
		return formerGroups.isEmpty() ? List.of() : Arrays.asList(formerGroups.split(","));
	}

	public String getDeactivatedBy() {
		return deactivatedBy;
	}

	public Instant getDeactivatedAt() {
		return deactivatedAt;
	}
}
