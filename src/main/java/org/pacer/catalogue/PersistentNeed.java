package org.pacer.catalogue;

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

/** A need the relationship must keep meeting, placed on one scorecard perspective and one hierarchy level. */
@Entity
@Table(name = "persistent_need")
public class PersistentNeed {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String description;

	@Enumerated(EnumType.STRING)
	private Perspective perspective;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "level_id")
	private HierarchyLevel level;

	protected PersistentNeed() {
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
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
}
