package org.pacer.improvement;

import java.util.List;

import org.pacer.audit.AuditLog;
import org.pacer.common.Errors;
import org.pacer.common.NotFoundException;
import org.pacer.common.UserInput;
import org.pacer.common.ValidationException;
import org.pacer.identity.Directory;
import org.pacer.measure.MeasureService;
import org.pacer.notification.NotificationService;
import org.pacer.notification.NotificationService.Recipient;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipEnded;
import org.pacer.relationship.RelationshipService;
import org.pacer.time.PacerClock;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Improvement plans, their actions for both sides, and the maturity assessments that close them. */
@Service
@Transactional
public class ImprovementService {

	private static final int MAX_MATURITY = 5;

	private final ImprovementPlanRepository plans;

	private final ImprovementActionRepository actions;

	private final MaturityAssessmentRepository assessments;

	private final RelationshipService relationships;

	private final MeasureService measures;

	private final Directory directory;

	private final AuditLog audit;

	private final PacerClock clock;

	private final NotificationService notifications;

	public ImprovementService(ImprovementPlanRepository plans, ImprovementActionRepository actions,
			MaturityAssessmentRepository assessments, RelationshipService relationships, MeasureService measures,
			Directory directory, AuditLog audit, PacerClock clock, NotificationService notifications) {
		this.plans = plans;
		this.actions = actions;
		this.assessments = assessments;
		this.relationships = relationships;
		this.measures = measures;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
		this.notifications = notifications;
	}

	/**
	 * The relationship ended: its plans not done yet end where they are (their processes end with their review,
	 * which the relationship's end cancels).
	 */
	@EventListener
	public void onRelationshipEnded(RelationshipEnded ended) {
		for (ImprovementPlan plan : plans.findByRelationshipIdOrderByCreatedAtDesc(ended.relationshipId())) {
			if (plan.endWithRelationship()) {
				audit.record(ended.relationshipId(), "system", "PLAN_ENDED",
						"Improvement plan " + plan.getId() + " ended unfinished: the relationship ended");
			}
		}
	}

	/** One plan per review; a retried job finds the plan it already opened. */
	public ImprovementPlan open(long reviewId, long relationshipId) {
		return plans.findByReviewId(reviewId).orElseGet(() -> {
			ImprovementPlan plan = plans.save(new ImprovementPlan(reviewId, relationshipId, clock.now()));
			audit.record(relationshipId, "system", "PLAN_OPENED", "Improvement plan " + plan.getId() + " opened");
			return plan;
		});
	}

	public void describe(long planId, String summary, Integer targetMaturity) {
		ImprovementPlan plan = editable(planId);
		Errors errors = new Errors();
		errors.rejectIf(summary != null && summary.length() > 4000, "summary", "Keep the summary under 4000 characters");
		errors.rejectIf(targetMaturity != null && (targetMaturity < 1 || targetMaturity > MAX_MATURITY), "targetMaturity",
				"Target maturity is 1 to " + MAX_MATURITY);
		errors.throwIfAny();
		plan.describe(summary == null ? null : summary.trim(), targetMaturity);
	}

	public ImprovementAction addAction(long planId, ActionDraft draft, String actor) {
		ImprovementPlan plan = editable(planId);
		Relationship relationship = relationships.get(plan.getRelationshipId());
		String providerGroup = relationship.getProvider().getCandidateGroup();
		Errors errors = new Errors();
		String description = draft.description() == null ? "" : draft.description().trim();
		errors.rejectIf(description.isEmpty(), "description", "Describe the action");
		errors.rejectIf(description.length() > 1000, "description", "Keep the description under 1000 characters");
		errors.rejectIf(draft.ownerSide() == null, "ownerSide", "Say which side owns the action");
		if (!directory.userExists(draft.ownerUser())) {
			errors.reject("ownerUser", "Choose an existing user as owner");
		}
		else if (draft.ownerSide() == OwnerSide.PROVIDER && !directory.isMember(draft.ownerUser(), providerGroup)) {
			errors.reject("ownerUser", draft.ownerUser() + " is not a member of " + relationship.getProvider().getName());
		}
		else if (draft.ownerSide() == OwnerSide.CLIENT && directory.isMember(draft.ownerUser(), providerGroup)) {
			errors.reject("ownerUser", draft.ownerUser() + " belongs to the provider; choose a client-side owner");
		}
		errors.rejectIf(draft.dueDate() == null, "dueDate", "Give the due date");
		errors.rejectIf(draft.dueDate() != null && draft.dueDate().isBefore(clock.today()), "dueDate",
				"The due date cannot be in the past");
		errors.rejectIf(draft.dueDate() != null && draft.dueDate().isAfter(UserInput.LATEST), "dueDate",
				"Give a due date up to " + UserInput.LATEST);
		errors.rejectIf(draft.measureId() != null && !ownMeasure(draft.measureId(), relationship.getId()), "measureId",
				"Link a measure of this relationship");
		errors.throwIfAny();
		ImprovementAction action = actions.save(new ImprovementAction(planId, description, draft.ownerSide(),
				draft.ownerUser(), draft.dueDate(), draft.measureId()));
		audit.record(relationship.getId(), actor, "ACTION_ADDED",
				description + " (" + draft.ownerSide() + ", " + draft.ownerUser() + ", due " + draft.dueDate() + ")");
		return action;
	}

	public void removeAction(long actionId, String actor) {
		ImprovementAction action = action(actionId);
		ImprovementPlan plan = editable(action.getPlanId());
		actions.delete(action);
		audit.record(plan.getRelationshipId(), actor, "ACTION_REMOVED", action.getDescription());
	}

	public void submit(long planId, String actor) {
		ImprovementPlan plan = editable(planId);
		Errors errors = new Errors();
		errors.rejectIf(actions.findByPlanIdOrderByDueDateAscIdAsc(planId).isEmpty(), "actions",
				"Add at least one action before submitting the plan");
		errors.rejectIf(plan.getTargetMaturity() == null, "targetMaturity", "Give the target maturity");
		errors.throwIfAny();
		plan.submit(actor, clock.now());
		audit.record(plan.getRelationshipId(), actor, "PLAN_SUBMITTED", "Improvement plan " + planId);
	}

	public void decide(long planId, Boolean approved, String comments, String actor) {
		ImprovementPlan plan = plan(planId);
		Errors errors = new Errors();
		errors.rejectIf(plan.getStatus() != PlanStatus.SUBMITTED, "planApproved", "The plan is not waiting for review");
		errors.rejectIf(approved == null, "planApproved", "Approve the plan or request changes");
		String text = comments == null ? "" : comments.trim();
		errors.rejectIf(Boolean.FALSE.equals(approved) && text.isEmpty(), "changeComments",
				"Say which changes you need");
		errors.throwIfAny();
		// an approval without comments keeps the comments of the last change request on the plan
		plan.decide(approved, text.isEmpty() ? plan.getReviewComments() : text, actor, clock.now());
		audit.record(plan.getRelationshipId(), actor, approved ? "PLAN_APPROVED" : "PLAN_CHANGES_REQUESTED",
				"Improvement plan " + planId + (text.isEmpty() ? "" : ": " + text));
		if (approved) {
			Relationship relationship = relationships.get(plan.getRelationshipId());
			notifications.notify("plan-approved:" + planId, Recipient.group(relationship.getProvider().getCandidateGroup()),
					"PLAN_APPROVED", "Improvement plan approved · " + relationship.getName(),
					"The improvement plan is approved; its actions are now tracked until they are done."
							+ (text.isEmpty() ? "" : " Comments: " + text),
					"/relationships/" + relationship.getId(), relationship.getId());
		}
	}

	public void completeAction(long actionId, String note, String actor) {
		ImprovementAction action = action(actionId);
		if (action.getStatus() == ActionStatus.DONE) {
			return;
		}
		if (note != null && note.length() > 2000) {
			throw ValidationException.of("completionNote", "Keep the note under 2000 characters");
		}
		action.complete(actor, clock.now(), note == null || note.isBlank() ? null : note.trim());
		audit.record(plan(action.getPlanId()).getRelationshipId(), actor, "ACTION_DONE", action.getDescription());
	}

	public void recordChase(long actionId, String note, String actor) {
		ImprovementAction action = action(actionId);
		Errors errors = new Errors();
		errors.rejectIf(note == null || note.isBlank(), "chaseNote", "Say how you chased the owner");
		errors.rejectIf(note != null && note.length() > 2000, "chaseNote", "Keep the note under 2000 characters");
		errors.throwIfAny();
		audit.record(plan(action.getPlanId()).getRelationshipId(), actor, "ACTION_CHASED",
				action.getDescription() + " (owner " + action.getOwnerUser() + ", due " + action.getDueDate() + "): "
						+ note.trim());
	}

	public MaturityAssessment assessMaturity(long relationshipId, Long planId, Integer level, String evidence,
			String actor) {
		Errors errors = new Errors();
		errors.rejectIf(level == null || level < 1 || level > MAX_MATURITY, "maturityLevel",
				"Maturity is 1 (Initial) to " + MAX_MATURITY + " (Optimizing)");
		errors.rejectIf(evidence == null || evidence.isBlank(), "evidence", "Give the evidence for the level");
		errors.rejectIf(evidence != null && evidence.length() > 4000, "evidence", "Keep the evidence under 4000 characters");
		errors.throwIfAny();
		MaturityAssessment assessment = assessments.save(
				new MaturityAssessment(relationshipId, planId, level, evidence.trim(), actor, clock.today()));
		if (planId != null) {
			plan(planId).done();
		}
		audit.record(relationshipId, actor, "MATURITY_ASSESSED", "Maturity level " + level);
		return assessment;
	}

	@Transactional(readOnly = true)
	public List<Long> openActionIds(long planId) {
		return actions.findByPlanIdAndStatusOrderByIdAsc(planId, ActionStatus.OPEN).stream().map(ImprovementAction::getId)
				.toList();
	}

	@Transactional(readOnly = true)
	public ImprovementPlan plan(long planId) {
		return plans.findById(planId).orElseThrow(() -> new NotFoundException("Improvement plan", planId));
	}

	@Transactional(readOnly = true)
	public ImprovementAction action(long actionId) {
		return actions.findById(actionId).orElseThrow(() -> new NotFoundException("Action", actionId));
	}

	/** The relationship a plan belongs to, for steps that check the plan id they were given. */
	@Transactional(readOnly = true)
	public Long relationshipOfPlan(long planId) {
		return plan(planId).getRelationshipId();
	}

	@Transactional(readOnly = true)
	public Long relationshipOfAction(long actionId) {
		return relationshipOfPlan(action(actionId).getPlanId());
	}

	@Transactional(readOnly = true)
	public List<ImprovementAction> actionsOf(long planId) {
		return actions.findByPlanIdOrderByDueDateAscIdAsc(planId);
	}

	/** A page of the plans the condition lets through, paged and counted in the database. */
	@Transactional(readOnly = true)
	public Page<ImprovementPlan> page(Specification<ImprovementPlan> which, Pageable page) {
		return plans.findAll(which, page);
	}

	@Transactional(readOnly = true)
	public List<ImprovementPlan> plansOf(long relationshipId) {
		return plans.findByRelationshipIdOrderByCreatedAtDesc(relationshipId);
	}

	@Transactional(readOnly = true)
	public List<ImprovementAction> actionsOfPlans(List<ImprovementPlan> of) {
		return of.isEmpty() ? List.of()
				: actions.findByPlanIdInOrderByDueDateAscIdAsc(of.stream().map(ImprovementPlan::getId).toList());
	}

	@Transactional(readOnly = true)
	public List<MaturityAssessment> maturityOf(long relationshipId) {
		return assessments.findByRelationshipIdOrderByAssessedOnAscIdAsc(relationshipId);
	}

	private ImprovementPlan editable(long planId) {
		ImprovementPlan plan = plan(planId);
		if (!plan.isEditable()) {
			throw ValidationException.of("plan", "The plan is " + plan.getStatus().name().toLowerCase().replace('_', ' ')
					+ " and can no longer be changed");
		}
		return plan;
	}

	private boolean ownMeasure(long measureId, long relationshipId) {
		return measures.measuresOf(relationshipId).stream().anyMatch(m -> m.getId() == measureId);
	}
}
