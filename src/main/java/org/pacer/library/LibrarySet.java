package org.pacer.library;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named set of templates for one kind of service, such as "Managed hosting". */
@Entity
@Table(name = "library_set")
class LibrarySet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String description;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected LibrarySet() {
	}

	LibrarySet(String name, String description, String createdBy, Instant createdAt) {
		this.name = name;
		this.description = description;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void describe(String name, String description) {
		this.name = name;
		this.description = description;
	}

	Long getId() {
		return id;
	}

	String getName() {
		return name;
	}

	String getDescription() {
		return description;
	}
}
