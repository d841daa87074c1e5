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

/** The one value of a measure for a period. A resubmission replaces it; the audit keeps the old value. */
@Entity
@Table(name = "period_result")
public class PeriodResult {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "measure_id")
	private Long measureId;

	@Column(name = "period_start")
	private LocalDate periodStart;

	@Column(name = "result_value")
	private BigDecimal value;

	@Column(name = "submitted_by")
	private String submittedBy;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Enumerated(EnumType.STRING)
	private ResultSource source;

	@Column(name = "comment_text")
	private String comment;

	protected PeriodResult() {
	}

	PeriodResult(Long measureId, LocalDate periodStart, BigDecimal value, String submittedBy, Instant submittedAt,
			ResultSource source, String comment) {
		this.measureId = measureId;
		this.periodStart = periodStart;
		replace(value, submittedBy, submittedAt, source, comment);
	}

	void replace(BigDecimal value, String submittedBy, Instant submittedAt, ResultSource source, String comment) {
		this.value = value;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
		this.source = source;
		this.comment = comment;
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

	public BigDecimal getValue() {
		return value;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public ResultSource getSource() {
		return source;
	}

	public String getComment() {
		return comment;
	}
}
