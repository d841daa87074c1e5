package org.pacer.sourcing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.Processes;
import org.pacer.relationship.LifecycleProcess;
import org.springframework.stereotype.Component;

/** Task_CheckRepeatedMisses: N consecutive RED reviews since the last decision call for a sourcing decision. */
@Component("checkRepeatedMisses")
class CheckRepeatedMisses implements JavaDelegate {

	private final SourcingService sourcing;

	public CheckRepeatedMisses(SourcingService sourcing) {
		this.sourcing = sourcing;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean misses = sourcing.repeatedMisses(Processes.RELATIONSHIP_ID.read(execution));
		LifecycleProcess.REPEATED_MISSES.set(execution, misses);
	}
}
