package org.pacer.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Every submission of a result, with the value it replaced. */
@Entity
@Table(name = "period_result_audit")
public class PeriodResultAudit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "measure_id")
	private Long measureId;

	@Column(name = "period_start")
	private LocalDate periodStart;

	@Column(name = "old_value")
	private BigDecimal oldValue;

	@Column(name = "new_value")
	private BigDecimal newValue;

	@Column(name = "changed_by")
	private String changedBy;

	@Column(name = "changed_at")
	private Instant changedAt;

	@Enumerated(EnumType.STRING)
	private ResultSource source;

	protected PeriodResultAudit() {
	}

	PeriodResultAudit(Long measureId, LocalDate periodStart, BigDecimal oldValue, BigDecimal newValue, String changedBy,
			Instant changedAt, ResultSource source) {
		this.measureId = measureId;
		this.periodStart = periodStart;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.source = source;
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

	public BigDecimal getOldValue() {
		return oldValue;
	}

	public BigDecimal getNewValue() {
		return newValue;
	}

	public String getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public ResultSource getSource() {
		return source;
	}
}
