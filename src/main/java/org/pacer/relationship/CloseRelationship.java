package org.pacer.relationship;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.TaskInput;
import org.springframework.stereotype.Component;

/** Task_CloseRelationship: the relationship ends; no more reviews are scheduled. */
@Component("closeRelationship")
class CloseRelationship implements JavaDelegate {

	private final RelationshipService relationships;

	public CloseRelationship(RelationshipService relationships) {
		this.relationships = relationships;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String reason = TaskInput.text(execution, "endReason");
		relationships.end(TaskInput.id(execution, "relationshipId"), reason == null ? "Relationship ended" : reason,
				"system");
	}
}
