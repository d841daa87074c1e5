package org.pacer.catalogue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A level of the hierarchy of needs; ordered by rank, kept as data so an organisation can add its own. One row is one
 * version: a level whose needs are measured, or which a scorecard showed, changes by a new version, and the needs
 * measured on the old one keep it.
 */
@Entity
@Table(name = "hierarchy_level")
public class HierarchyLevel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "rank_no")
	private int rank;

	@Column(name = "version_no")
	private int version;

	private String name;

	private String description;

	@Column(name = "min_maturity")
	private int minMaturity;

	@Column(name = "superseded_at")
	private Instant supersededAt;

	protected HierarchyLevel() {
	}

	HierarchyLevel(int version, LevelDetails details) {
		this.version = version;
		describe(details);
	}

	/** Rewrites this version: only while nothing uses it. */
	void describe(LevelDetails details) {
		this.rank = details.rank();
		this.name = details.name();
		this.description = details.description();
		this.minMaturity = details.minMaturity();
	}

	/** The version that follows this one; this one is superseded from the same moment. */
	HierarchyLevel nextVersion(LevelDetails details, Instant at) {
		this.supersededAt = at;
		return new HierarchyLevel(version + 1, details);
	}

	LevelDetails details() {
		return new LevelDetails(rank, name, description, minMaturity);
	}

	public Long getId() {
		return id;
	}

	public int getRank() {
		return rank;
	}

	public int getVersion() {
		return version;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public int getMinMaturity() {
		return minMaturity;
	}

	public Instant getSupersededAt() {
		return supersededAt;
	}
}
