package org.pacer.measure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Target, amber line and weight of a measure from one period on. Never edited: a change is a new version. */
@Entity
@Table(name = "measure_version")
public class MeasureVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "measure_id")
	private Long measureId;

	@Column(name = "effective_from")
	private LocalDate effectiveFrom;

	private BigDecimal target;

	private BigDecimal threshold;

	private BigDecimal weight;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected MeasureVersion() {
	}

	MeasureVersion(Long measureId, LocalDate effectiveFrom, BigDecimal target, BigDecimal threshold, BigDecimal weight,
			String createdBy, Instant createdAt) {
		this.measureId = measureId;
		this.effectiveFrom = effectiveFrom;
		this.target = target;
		this.threshold = threshold;
		this.weight = weight;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** Corrects a version that no scorecard has used yet. */
	MeasureVersion revise(BigDecimal target, BigDecimal threshold, BigDecimal weight, String createdBy, Instant createdAt) {
		this.target = target;
		this.threshold = threshold;
		this.weight = weight;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		return this;
	}

	public Long getId() {
		return id;
	}

	public Long getMeasureId() {
		return measureId;
	}

	public LocalDate getEffectiveFrom() {
		return effectiveFrom;
	}

	public BigDecimal getTarget() {
		return target;
	}

	public BigDecimal getThreshold() {
		return threshold;
	}

	public BigDecimal getWeight() {
		return weight;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
