package org.pacer.improvement;

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

/** One action of an improvement plan, owned by a person on the provider's or the client's side. */
@Entity
@Table(name = "improvement_action")
public class ImprovementAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "plan_id")
	private Long planId;

	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "owner_side")
	private OwnerSide ownerSide;

	@Column(name = "owner_user")
	private String ownerUser;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Column(name = "measure_id")
	private Long measureId;

	@Enumerated(EnumType.STRING)
	private ActionStatus status = ActionStatus.OPEN;

	@Column(name = "completed_by")
	private String completedBy;

	@Column(name = "completed_at")
	private Instant completedAt;

	@Column(name = "completion_note")
	private String completionNote;

	protected ImprovementAction() {
	}

	ImprovementAction(Long planId, String description, OwnerSide ownerSide, String ownerUser, LocalDate dueDate,
			Long measureId) {
		this.planId = planId;
		this.description = description;
		this.ownerSide = ownerSide;
		this.ownerUser = ownerUser;
		this.dueDate = dueDate;
		this.measureId = measureId;
	}

	void complete(String by, Instant at, String note) {
		this.status = ActionStatus.DONE;
		this.completedBy = by;
		this.completedAt = at;
		this.completionNote = note;
	}

	public boolean isOverdue(LocalDate today) {
		return status == ActionStatus.OPEN && dueDate.isBefore(today);
	}

	public Long getId() {
		return id;
	}

	public Long getPlanId() {
		return planId;
	}

	public String getDescription() {
		return description;
	}

	public OwnerSide getOwnerSide() {
		return ownerSide;
	}

	public String getOwnerUser() {
		return ownerUser;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public Long getMeasureId() {
		return measureId;
	}

	public ActionStatus getStatus() {
		return status;
	}

	public String getCompletedBy() {
		return completedBy;
	}

	public Instant getCompletedAt() {
		return completedAt;
	}

	public String getCompletionNote() {
		return completionNote;
	}
}
