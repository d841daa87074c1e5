package org.pacer.relationship;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.Processes;
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
		// whoever ended it (RelationshipLifecycle.end) has ended it already; this ends it if the message came alone
		relationships.end(Processes.RELATIONSHIP_ID.read(execution), "Relationship ended", "system");
	}
}
