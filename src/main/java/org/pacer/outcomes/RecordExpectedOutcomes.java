package org.pacer.outcomes;

import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.process.TaskInput;
import org.springframework.stereotype.Component;

/** Task_SetExpectedOutcomes: stores the expected and current level and the ramp-up, and decides on ramp-up. */
@Component("recordExpectedOutcomes")
class RecordExpectedOutcomes implements TaskListener {

	private final RelationshipService relationships;

	public RecordExpectedOutcomes(RelationshipService relationships) {
		this.relationships = relationships;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput.apply(() -> {
			Relationship relationship = relationships.setOutcomes(TaskInput.id(task, "relationshipId"),
					TaskInput.number(task, "expectedLevel"), TaskInput.number(task, "currentLevel"),
					TaskInput.number(task, "rampUpMonths"), TaskInput.actor(task));
			task.getExecution().setVariable("rampUpNeeded", relationship.needsRampUp());
		});
	}
}
