package org.pacer.sourcing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.TaskInput;
import org.pacer.relationship.RelationshipLifecycle;
import org.springframework.stereotype.Component;

/** Task_BringInHouse: the service moves to an internal team, whose relationship starts its own cycle. */
@Component("bringInHouse")
class BringInHouse implements JavaDelegate {

	private final SourcingService sourcing;

	private final RelationshipLifecycle lifecycle;

	public BringInHouse(SourcingService sourcing, RelationshipLifecycle lifecycle) {
		this.sourcing = sourcing;
		this.lifecycle = lifecycle;
	}

	@Override
	public void execute(DelegateExecution execution) {
		var successor = sourcing.bringInHouse(TaskInput.id(execution, "sourcingDecisionId"),
				TaskInput.text(execution, "inHouseTeam"));
		execution.setVariable("successorRelationshipId", successor.getId());
		lifecycle.start(successor);
	}
}
