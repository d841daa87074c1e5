package org.pacer.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/** The standing of one hierarchy level on a scorecard. */
@Entity
@Table(name = "scorecard_level")
public class ScorecardLevel {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scorecard_level_ids")
	@SequenceGenerator(name = "scorecard_level_ids", sequenceName = "scorecard_level_seq", allocationSize = 500)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "scorecard_id")
	private Scorecard scorecard;

	@Column(name = "level_rank")
	private int levelRank;

	@Column(name = "level_name")
	private String levelName;

	@Enumerated(EnumType.STRING)
	private LevelStatus status;

	@Embedded
	private RagCounts ratings;

	protected ScorecardLevel() {
	}

	ScorecardLevel(Scorecard scorecard, LevelResult result) {
		this.scorecard = scorecard;
		this.levelRank = result.rank();
		this.levelName = result.name();
		this.status = result.status();
		this.ratings = result.ratings();
	}

	public int getLevelRank() {
		return levelRank;
	}

	public String getLevelName() {
		return levelName;
	}

	public LevelStatus getStatus() {
		return status;
	}

	public RagCounts getRatings() {
		return ratings;
	}
}
