package org.pacer.measure;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.Processes;
import org.pacer.relationship.RelationshipService;
import org.springframework.stereotype.Component;

/** Task_StartRampUp: opens the ramp-up window and gives every measure its interim targets. */
@Component("startRampUp")
class StartRampUp implements JavaDelegate {

	private final RelationshipService relationships;

	private final MeasureService measures;

	public StartRampUp(RelationshipService relationships, MeasureService measures) {
		this.relationships = relationships;
		this.measures = measures;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long relationshipId = Processes.RELATIONSHIP_ID.read(execution);
		relationships.startRampUp(relationshipId);
		measures.planGlidePath(relationshipId);
	}
}
