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

/** The weighted score of one balanced-scorecard perspective. */
@Entity
@Table(name = "scorecard_perspective")
public class ScorecardPerspective {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scorecard_perspective_ids")
	@SequenceGenerator(name = "scorecard_perspective_ids", sequenceName = "scorecard_perspective_seq", allocationSize = 500)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "scorecard_id")
	private Scorecard scorecard;

	@Enumerated(EnumType.STRING)
	private Perspective perspective;

	private BigDecimal score;

	@Column(name = "weight_with_data")
	private BigDecimal weightWithData;

	private int measures;

	@Column(name = "measures_with_data")
	private int measuresWithData;

	protected ScorecardPerspective() {
	}

	ScorecardPerspective(Scorecard scorecard, PerspectiveResult result) {
		this.scorecard = scorecard;
		this.perspective = result.perspective();
		this.score = result.score();
		this.weightWithData = result.weightWithData();
		this.measures = result.measures();
		this.measuresWithData = result.measuresWithData();
	}

	public Perspective getPerspective() {
		return perspective;
	}

	public BigDecimal getScore() {
		return score;
	}

	public BigDecimal getWeightWithData() {
		return weightWithData;
	}

	public int getMeasures() {
		return measures;
	}

	public int getMeasuresWithData() {
		return measuresWithData;
	}
}
