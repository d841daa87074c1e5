package org.pacer.sourcing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.TaskInput;
import org.springframework.stereotype.Component;

/** Task_PrepareEvidence: score trend, plans and actions, maturity trend and ramp-up status, frozen for the board. */
@Component("prepareEvidence")
class PrepareEvidence implements JavaDelegate {

	private final SourcingService sourcing;

	public PrepareEvidence(SourcingService sourcing) {
		this.sourcing = sourcing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("sourcingDecisionId",
				sourcing.prepare(TaskInput.id(execution, "relationshipId")).getId());
	}
}
