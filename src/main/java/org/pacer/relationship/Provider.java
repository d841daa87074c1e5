package org.pacer.relationship;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A vendor or an internal team. Its users are the members of its own Camunda group. */
@Entity
@Table(name = "provider")
public class Provider {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private ProviderKind kind;

	@Column(name = "candidate_group")
	private String candidateGroup;

	private String contact;

	private String notes;

	@Column(name = "archived_at")
	private Instant archivedAt;

	@Column(name = "archived_by")
	private String archivedBy;

	protected Provider() {
	}

	public Provider(String name, ProviderKind kind, String candidateGroup) {
		this.name = name;
		this.kind = kind;
		this.candidateGroup = candidateGroup;
	}

	/** The Camunda group id for a provider name: "Acme Hosting" -> "provider-acme-hosting". */
	public static String groupFor(String name) {
		String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return "provider-" + slug;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public ProviderKind getKind() {
		return kind;
	}

	public String getCandidateGroup() {
		return candidateGroup;
	}

	public String getContact() {
		return contact;
	}

	public String getNotes() {
		return notes;
	}

	public Instant getArchivedAt() {
		return archivedAt;
	}

	public String getArchivedBy() {
		return archivedBy;
	}

	public boolean isArchived() {
		return archivedAt != null;
	}

	/** The group keeps its id when the name changes: people and tokens of the provider stay theirs. */
	void describe(String name, ProviderKind kind, String contact, String notes) {
		this.name = name;
		this.kind = kind;
		this.contact = contact;
		this.notes = notes;
	}

	void archive(String actor, Instant at) {
		this.archivedBy = actor;
		this.archivedAt = at;
	}
}
