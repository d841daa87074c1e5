package org.pacer.outcomes;

import static org.pacer.relationship.LifecycleProcess.CURRENT_LEVEL;
import static org.pacer.relationship.LifecycleProcess.EXPECTED_LEVEL;
import static org.pacer.relationship.LifecycleProcess.RAMP_UP_MONTHS;
import static org.pacer.relationship.LifecycleProcess.RAMP_UP_NEEDED;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.process.Processes;
import org.pacer.process.TaskInput;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipService;
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
			Relationship relationship = relationships.setOutcomes(Processes.RELATIONSHIP_ID.read(task),
					EXPECTED_LEVEL.read(task), CURRENT_LEVEL.read(task),
					RAMP_UP_MONTHS.read(task), TaskInput.actor(task));
			RAMP_UP_NEEDED.set(task.getExecution(), relationship.needsRampUp());
		});
	}
}
