package org.pacer.measure;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An interim target for one period of the ramp-up. */
@Entity
@Table(name = "glide_path_target")
public class GlidePathTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "measure_id")
	private Long measureId;

	@Column(name = "period_start")
	private LocalDate periodStart;

	private BigDecimal target;

	protected GlidePathTarget() {
	}

	GlidePathTarget(Long measureId, LocalDate periodStart, BigDecimal target) {
		this.measureId = measureId;
		this.periodStart = periodStart;
		this.target = target;
	}

	void retarget(BigDecimal target) {
		this.target = target;
	}

	public Long getId() {
		return id;
	}

	public Long getMeasureId() {
		return measureId;
	}

	public LocalDate getPeriodStart() {
		return periodStart;
	}

	public BigDecimal getTarget() {
		return target;
	}
}
