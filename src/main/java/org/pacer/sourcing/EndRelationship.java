package org.pacer.sourcing;

import static org.pacer.sourcing.SourcingProcess.SOURCING_OPTION;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.Processes;
import org.pacer.relationship.RelationshipLifecycle;
import org.springframework.stereotype.Component;

/** Task_EndRelationship: the relationship ends today; its lifecycle stops, and so do its open reviews. */
@Component("endRelationship")
class EndRelationship implements JavaDelegate {

	private final RelationshipLifecycle lifecycle;

	public EndRelationship(RelationshipLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		lifecycle.end(Processes.RELATIONSHIP_ID.read(execution), "Sourcing decision: " + SOURCING_OPTION.read(execution));
	}
}
