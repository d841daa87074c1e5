package org.pacer.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * The stored scorecard of a review, with every input that went into each figure. Its lines, perspectives and levels
 * always come with it, one query each for any number of scorecards (subselect), so pages can render them. The
 * children point to their scorecard themselves (mappedBy), so each row is one insert, not an insert and an update.
 */
@Entity
@Table(name = "scorecard")
public class Scorecard {

	// from a sequence, so Hibernate inserts scorecards in JDBC batches (identity ids allow no batch; decision 27)
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scorecard_ids")
	@SequenceGenerator(name = "scorecard_ids", sequenceName = "scorecard_seq", allocationSize = 100)
	private Long id;

	@Column(name = "review_id")
	private Long reviewId;

	@Column(name = "relationship_id")
	private Long relationshipId;

	@Column(name = "period_start")
	private LocalDate periodStart;

	@Column(name = "computed_at")
	private Instant computedAt;

	@Column(name = "in_ramp_up")
	private boolean inRampUp;

	@Column(name = "overall_score")
	private BigDecimal overallScore;

	@Column(name = "achieved_level")
	private int achievedLevel;

	@Embedded
	private RagCounts ratings;

	@OneToMany(mappedBy = "scorecard", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("levelRank, measureName")
	private List<ScorecardLine> lines = new ArrayList<>();

	@OneToMany(mappedBy = "scorecard", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("id")
	private List<ScorecardPerspective> perspectives = new ArrayList<>();

	@OneToMany(mappedBy = "scorecard", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@OrderBy("levelRank")
	private List<ScorecardLevel> levels = new ArrayList<>();

	protected Scorecard() {
	}

	Scorecard(Long reviewId, Long relationshipId, LocalDate periodStart, Instant computedAt, boolean inRampUp,
			ScorecardResult result) {
		this.reviewId = reviewId;
		this.relationshipId = relationshipId;
		this.periodStart = periodStart;
		this.computedAt = computedAt;
		this.inRampUp = inRampUp;
		this.overallScore = result.overallScore();
		this.achievedLevel = result.achievedLevel();
		this.ratings = result.ratings();
		result.lines().forEach(l -> lines.add(new ScorecardLine(this, l)));
		result.perspectives().forEach(p -> perspectives.add(new ScorecardPerspective(this, p)));
		result.levels().forEach(l -> levels.add(new ScorecardLevel(this, l)));
	}

	public boolean hasRed() {
		return ratings.hasRed();
	}

	/** The scorecard in one word, its worst rating. */
	public Rating standing() {
		return ratings.standing();
	}

	public Long getId() {
		return id;
	}

	public Long getReviewId() {
		return reviewId;
	}

	public Long getRelationshipId() {
		return relationshipId;
	}

	public LocalDate getPeriodStart() {
		return periodStart;
	}

	public Instant getComputedAt() {
		return computedAt;
	}

	public boolean isInRampUp() {
		return inRampUp;
	}

	public BigDecimal getOverallScore() {
		return overallScore;
	}

	public int getAchievedLevel() {
		return achievedLevel;
	}

	public RagCounts getRatings() {
		return ratings;
	}

	public List<ScorecardLine> getLines() {
		return lines;
	}

	public List<ScorecardPerspective> getPerspectives() {
		return perspectives;
	}

	public List<ScorecardLevel> getLevels() {
		return levels;
	}
}
