package org.pacer.relationship;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One outsourcing relationship: a provider, the manager who runs it, and the level it must deliver. */
@Entity
@Table(name = "relationship")
public class Relationship {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "provider_id")
	private Provider provider;

	@Column(name = "manager_id")
	private String managerId;

	@Column(name = "expected_level")
	private Integer expectedLevel;

	@Column(name = "achieved_level")
	private Integer achievedLevel;

	@Enumerated(EnumType.STRING)
	@Column(name = "review_period")
	private ReviewPeriod reviewPeriod;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "ramp_up_months")
	private int rampUpMonths;

	@Column(name = "ramp_up_ends_on")
	private LocalDate rampUpEndsOn;

	@Column(name = "miss_limit")
	private int missLimit = 2;

	@Column(name = "sourcing_interval_months")
	private int sourcingIntervalMonths = 12;

	@Enumerated(EnumType.STRING)
	private RelationshipStatus status = RelationshipStatus.SETTING_UP;

	@Column(name = "ended_on")
	private LocalDate endedOn;

	@Column(name = "end_reason")
	private String endReason;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Relationship() {
	}

	public Relationship(String name, Provider provider, String managerId, ReviewPeriod reviewPeriod, LocalDate startDate,
			Instant createdAt) {
		this.name = name;
		this.provider = provider;
		this.managerId = managerId;
		this.reviewPeriod = reviewPeriod;
		this.startDate = startDate;
		this.createdAt = createdAt;
	}

	/** The level the relationship must deliver, as chosen when it was set up; the manager confirms it later. */
	void expect(int expectedLevel) {
		this.expectedLevel = expectedLevel;
	}

	void setOutcomes(int expectedLevel, int currentLevel, int rampUpMonths) {
		this.expectedLevel = expectedLevel;
		this.achievedLevel = currentLevel;
		this.rampUpMonths = rampUpMonths;
	}

	/** Ramp-up applies only when the provider starts below the level it must deliver. */
	public boolean needsRampUp() {
		return expectedLevel != null && achievedLevel != null && achievedLevel < expectedLevel && rampUpMonths > 0;
	}

	void startRampUp(LocalDate endsOn) {
		this.rampUpEndsOn = endsOn;
	}

	/** A period is in ramp-up when it starts before the ramp-up end. */
	public boolean inRampUp(LocalDate periodStart) {
		return rampUpEndsOn != null && periodStart.isBefore(rampUpEndsOn);
	}

	void activate() {
		this.status = RelationshipStatus.ACTIVE;
	}

	public void recordAchievedLevel(int level) {
		this.achievedLevel = level;
	}

	void reassignTo(String newManagerId) {
		this.managerId = newManagerId;
	}

	void end(LocalDate on, String reason) {
		this.status = RelationshipStatus.ENDED;
		this.endedOn = on;
		this.endReason = reason;
	}

	void configureCycle(int missLimit, int sourcingIntervalMonths) {
		this.missLimit = missLimit;
		this.sourcingIntervalMonths = sourcingIntervalMonths;
	}

	/** The first review period: the one that contains the start date. */
	public LocalDate firstPeriod() {
		return reviewPeriod.periodContaining(startDate);
	}

	public String periodLabel(LocalDate periodStart) {
		return reviewPeriod.label(periodStart);
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public Provider getProvider() {
		return provider;
	}

	public String getManagerId() {
		return managerId;
	}

	public Integer getExpectedLevel() {
		return expectedLevel;
	}

	public Integer getAchievedLevel() {
		return achievedLevel;
	}

	public ReviewPeriod getReviewPeriod() {
		return reviewPeriod;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public int getRampUpMonths() {
		return rampUpMonths;
	}

	public LocalDate getRampUpEndsOn() {
		return rampUpEndsOn;
	}

	public int getMissLimit() {
		return missLimit;
	}

	public int getSourcingIntervalMonths() {
		return sourcingIntervalMonths;
	}

	public RelationshipStatus getStatus() {
		return status;
	}

	public LocalDate getEndedOn() {
		return endedOn;
	}

	public String getEndReason() {
		return endReason;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
