package org.pacer.catalogue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A need the relationship must keep meeting, placed on one scorecard perspective and one hierarchy level. One row is
 * one version: a measure keeps the version it was defined with, so a need in use changes by a new version
 * ({@link #nextVersion}), never by rewriting this one. The code names the need across its versions.
 */
@Entity
@Table(name = "persistent_need")
public class PersistentNeed {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Column(name = "version_no")
	private int version;

	private String name;

	private String description;

	@Enumerated(EnumType.STRING)
	private Perspective perspective;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "level_id")
	private HierarchyLevel level;

	@Column(name = "superseded_at")
	private Instant supersededAt;

	@Column(name = "retired_at")
	private Instant retiredAt;

	@Column(name = "introduced_at")
	private Instant introducedAt;

	protected PersistentNeed() {
	}

	PersistentNeed(String code, int version, Instant introducedAt, NeedDetails details, HierarchyLevel level) {
		this.code = code;
		this.version = version;
		this.introducedAt = introducedAt;
		this.level = level;
		describe(details, level);
	}

	/** Rewrites this version: only while no measure uses it. */
	void describe(NeedDetails details, HierarchyLevel level) {
		this.name = details.name();
		this.description = details.description();
		this.perspective = details.perspective();
		this.level = level;
	}

	/** The version that follows this one; this one is superseded from the same moment. */
	PersistentNeed nextVersion(NeedDetails details, HierarchyLevel level, Instant at) {
		this.supersededAt = at;
		PersistentNeed next = new PersistentNeed(code, version + 1, introducedAt, details, level);
		next.retiredAt = retiredAt;
		return next;
	}

	void retire(Instant at) {
		this.retiredAt = at;
	}

	NeedDetails details() {
		return new NeedDetails(name, description, perspective, level.getId());
	}

	/** Whether new measures may be defined for it: the current version, not retired. */
	public boolean isOffered() {
		return supersededAt == null && retiredAt == null;
	}

	/** Whether it was in the catalogue at that moment (needs shipped with Pacer always were). */
	public boolean existedAt(Instant moment) {
		return introducedAt == null || !introducedAt.isAfter(moment);
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
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

	public Perspective getPerspective() {
		return perspective;
	}

	public HierarchyLevel getLevel() {
		return level;
	}

	public Instant getSupersededAt() {
		return supersededAt;
	}

	public Instant getRetiredAt() {
		return retiredAt;
	}

	public boolean isRetired() {
		return retiredAt != null;
	}

	public Instant getIntroducedAt() {
		return introducedAt;
	}
}
