package org.pacer.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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

import org.pacer.catalogue.PersistentNeed;

/** What the relationship measures for one persistent need. Targets and weights live in its versions. */
@Entity
@Table(name = "success_measure")
public class SuccessMeasure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "relationship_id")
	private Long relationshipId;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "need_id")
	private PersistentNeed need;

	private String name;

	private String unit;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	@Column(name = "retired_from")
	private LocalDate retiredFrom;

	/** A need added to the catalogue after this is no gap for the relationship until a later measure is defined. */
	@Column(name = "defined_at")
	private Instant definedAt;

	/** The library template and version this measure copied, or null: entered by hand. */
	@Column(name = "template_id")
	private Long templateId;

	@Column(name = "template_version")
	private Integer templateVersion;

	/** The values its results may take; either end open (null). */
	@Column(name = "valid_min")
	private BigDecimal validMin;

	@Column(name = "valid_max")
	private BigDecimal validMax;

	protected SuccessMeasure() {
	}

	SuccessMeasure(Long relationshipId, PersistentNeed need, String name, String unit, Direction direction,
			ValidRange valid, Instant definedAt) {
		this.relationshipId = relationshipId;
		this.validMin = valid.min();
		this.validMax = valid.max();
		this.definedAt = definedAt;
		this.need = need;
		this.name = name;
		this.unit = unit;
		this.direction = direction;
	}

	/** A measure counts for a period unless it was retired on or before that period. */
	public boolean activeIn(LocalDate periodStart) {
		return retiredFrom == null || periodStart.isBefore(retiredFrom);
	}

	void copiedFrom(Long templateId, Integer templateVersion) {
		this.templateId = templateId;
		this.templateVersion = templateVersion;
	}

	void retireFrom(LocalDate periodStart) {
		this.retiredFrom = periodStart;
	}

	public Long getId() {
		return id;
	}

	public Long getRelationshipId() {
		return relationshipId;
	}

	public PersistentNeed getNeed() {
		return need;
	}

	public String getName() {
		return name;
	}

	public String getUnit() {
		return unit;
	}

	public Direction getDirection() {
		return direction;
	}

	public LocalDate getRetiredFrom() {
		return retiredFrom;
	}

	public Instant getDefinedAt() {
		return definedAt;
	}

	public ValidRange getValidRange() {
		return new ValidRange(validMin, validMax);
	}

	public Long getTemplateId() {
		return templateId;
	}

	public Integer getTemplateVersion() {
		return templateVersion;
	}
}
