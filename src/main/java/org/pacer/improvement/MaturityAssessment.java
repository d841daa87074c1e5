package org.pacer.improvement;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The provider's process maturity as assessed on a day, with the evidence for it. */
@Entity
@Table(name = "maturity_assessment")
public class MaturityAssessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "relationship_id")
	private Long relationshipId;

	@Column(name = "plan_id")
	private Long planId;

	@Column(name = "maturity_level")
	private int level;

	private String evidence;

	private String assessor;

	@Column(name = "assessed_on")
	private LocalDate assessedOn;

	protected MaturityAssessment() {
	}

	MaturityAssessment(Long relationshipId, Long planId, int level, String evidence, String assessor, LocalDate assessedOn) {
		this.relationshipId = relationshipId;
		this.planId = planId;
		this.level = level;
		this.evidence = evidence;
		this.assessor = assessor;
		this.assessedOn = assessedOn;
	}

	public Long getId() {
		return id;
	}

	public Long getRelationshipId() {
		return relationshipId;
	}

	public Long getPlanId() {
		return planId;
	}

	public int getLevel() {
		return level;
	}

	public String getEvidence() {
		return evidence;
	}

	public String getAssessor() {
		return assessor;
	}

	public LocalDate getAssessedOn() {
		return assessedOn;
	}
}
