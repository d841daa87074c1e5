package org.pacer.sourcing;

import static org.pacer.sourcing.SourcingProcess.SOURCING_DECISION_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.Processes;
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
		SOURCING_DECISION_ID.set(execution, sourcing.prepare(Processes.RELATIONSHIP_ID.read(execution)).getId());
	}
}
