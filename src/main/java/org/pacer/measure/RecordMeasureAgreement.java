package org.pacer.measure;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.audit.AuditLog;
import org.pacer.common.Errors;
import org.pacer.process.TaskInput;
import org.pacer.relationship.RelationshipService;
import org.springframework.stereotype.Component;

/** Task_AgreeMeasures: the provider accepts the measures (the relationship becomes active) or disputes them. */
@Component("recordMeasureAgreement")
class RecordMeasureAgreement implements TaskListener {

	private final RelationshipService relationships;

	private final AuditLog audit;

	public RecordMeasureAgreement(RelationshipService relationships, AuditLog audit) {
		this.relationships = relationships;
		this.audit = audit;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput.apply(() -> {
			Boolean accepted = TaskInput.flag(task, "measuresAccepted");
			String reason = TaskInput.text(task, "disputeReason");
			Errors errors = new Errors();
			errors.rejectIf(accepted == null, "measuresAccepted", "Accept the measures or dispute them");
			errors.rejectIf(Boolean.FALSE.equals(accepted) && (reason == null || reason.isEmpty()), "disputeReason",
					"Say what you dispute, so the manager can change it");
			errors.throwIfAny();
			long relationshipId = TaskInput.id(task, "relationshipId");
			if (accepted) {
				relationships.activate(relationshipId, TaskInput.actor(task));
			}
			else {
				audit.record(relationshipId, TaskInput.actor(task), "MEASURES_DISPUTED", reason);
			}
			task.getExecution().setVariable("measuresAccepted", accepted);
		});
	}
}
