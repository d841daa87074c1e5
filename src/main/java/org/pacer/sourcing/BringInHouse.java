package org.pacer.sourcing;

import static org.pacer.sourcing.SourcingProcess.IN_HOUSE_TEAM;
import static org.pacer.sourcing.SourcingProcess.SOURCING_DECISION_ID;
import static org.pacer.sourcing.SourcingProcess.SUCCESSOR_RELATIONSHIP_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
		var successor = sourcing.bringInHouse(SOURCING_DECISION_ID.read(execution),
				IN_HOUSE_TEAM.read(execution));
		SUCCESSOR_RELATIONSHIP_ID.set(execution, successor.getId());
		lifecycle.start(successor);
	}
}
