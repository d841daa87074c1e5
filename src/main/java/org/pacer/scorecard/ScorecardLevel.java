package org.pacer.scorecard;

import jakarta.persistence.Column;
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

	@Column(name = "green_count")
	private int greenCount;

	@Column(name = "amber_count")
	private int amberCount;

	@Column(name = "red_count")
	private int redCount;

	@Column(name = "no_data_count")
	private int noDataCount;

	protected ScorecardLevel() {
	}

	ScorecardLevel(LevelResult result) {
		this.levelRank = result.rank();
		this.levelName = result.name();
		this.status = result.status();
		this.greenCount = result.green();
		this.amberCount = result.amber();
		this.redCount = result.red();
		this.noDataCount = result.noData();
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

	public int getGreenCount() {
		return greenCount;
	}

	public int getAmberCount() {
		return amberCount;
	}

	public int getRedCount() {
		return redCount;
	}

	public int getNoDataCount() {
		return noDataCount;
	}
}
