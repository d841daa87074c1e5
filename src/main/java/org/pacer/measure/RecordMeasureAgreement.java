package org.pacer.measure;

import static org.pacer.relationship.LifecycleProcess.DISPUTE_REASON;
import static org.pacer.relationship.LifecycleProcess.MEASURES_ACCEPTED;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.audit.AuditLog;
import org.pacer.common.Errors;
import org.pacer.process.Processes;
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
			Boolean accepted = MEASURES_ACCEPTED.read(task);
			String reason = DISPUTE_REASON.read(task);
			Errors errors = new Errors();
			errors.rejectIf(accepted == null, MEASURES_ACCEPTED.name(), "Accept the measures or dispute them");
			errors.rejectIf(Boolean.FALSE.equals(accepted) && (reason == null || reason.isEmpty()),
					DISPUTE_REASON.name(), "Say what you dispute, so the manager can change it");
			errors.throwIfAny();
			long relationshipId = Processes.RELATIONSHIP_ID.read(task);
			if (accepted) {
				relationships.activate(relationshipId, TaskInput.actor(task));
			}
			else {
				audit.record(relationshipId, TaskInput.actor(task), "MEASURES_DISPUTED", reason);
			}
			MEASURES_ACCEPTED.set(task.getExecution(), accepted);
		});
	}
}
