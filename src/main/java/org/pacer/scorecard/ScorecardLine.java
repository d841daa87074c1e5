package org.pacer.scorecard;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.pacer.catalogue.Perspective;
import org.pacer.measure.Direction;

/** One measure on a scorecard: the result, the target and amber line used, the attainment and the rating. */
@Entity
@Table(name = "scorecard_line")
public class ScorecardLine {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scorecard_line_ids")
	@SequenceGenerator(name = "scorecard_line_ids", sequenceName = "scorecard_line_seq", allocationSize = 1000)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "scorecard_id")
	private Scorecard scorecard;

	@Column(name = "measure_id")
	private Long measureId;

	@Column(name = "measure_version_id")
	private Long measureVersionId;

	@Column(name = "result_id")
	private Long resultId;

	@Column(name = "measure_name")
	private String measureName;

	@Enumerated(EnumType.STRING)
	private Perspective perspective;

	@Column(name = "level_rank")
	private int levelRank;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	private BigDecimal actual;

	@Column(name = "target_used")
	private BigDecimal targetUsed;

	@Column(name = "threshold_used")
	private BigDecimal thresholdUsed;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_source")
	private TargetSource targetSource;

	private BigDecimal weight;

	private BigDecimal attainment;

	@Enumerated(EnumType.STRING)
	private Rating rating;

	private String explanation;

	protected ScorecardLine() {
	}

	ScorecardLine(Scorecard scorecard, LineResult line) {
		this.scorecard = scorecard;
		MeasureInput in = line.input();
		this.measureId = in.measureId();
		this.measureVersionId = in.measureVersionId();
		this.resultId = in.resultId();
		this.measureName = in.name();
		this.perspective = in.perspective();
		this.levelRank = in.levelRank();
		this.direction = in.direction();
		this.actual = in.actual();
		this.targetUsed = line.targetUsed();
		this.thresholdUsed = line.thresholdUsed();
		this.targetSource = line.targetSource();
		this.weight = in.weight();
		this.attainment = line.attainment();
		this.rating = line.rating();
		this.explanation = line.explanation();
	}

	public Long getId() {
		return id;
	}

	public Long getMeasureId() {
		return measureId;
	}

	public Long getMeasureVersionId() {
		return measureVersionId;
	}

	public Long getResultId() {
		return resultId;
	}

	public String getMeasureName() {
		return measureName;
	}

	public Perspective getPerspective() {
		return perspective;
	}

	public int getLevelRank() {
		return levelRank;
	}

	public Direction getDirection() {
		return direction;
	}

	public BigDecimal getActual() {
		return actual;
	}

	public BigDecimal getTargetUsed() {
		return targetUsed;
	}

	public BigDecimal getThresholdUsed() {
		return thresholdUsed;
	}

	public TargetSource getTargetSource() {
		return targetSource;
	}

	public BigDecimal getWeight() {
		return weight;
	}

	public BigDecimal getAttainment() {
		return attainment;
	}

	public Rating getRating() {
		return rating;
	}

	public String getExplanation() {
		return explanation;
	}
}
