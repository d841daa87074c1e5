package org.pacer.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The standing of one hierarchy level on a scorecard. */
@Entity
@Table(name = "scorecard_level")
public class ScorecardLevel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

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

	ScorecardLevel(LevelResult result) {
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
