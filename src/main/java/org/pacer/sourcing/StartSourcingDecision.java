package org.pacer.sourcing;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.Processes;
import org.springframework.stereotype.Component;

/** Task_StartSourcingDecision: puts the relationship before the sourcing board, unless a decision is already open. */
@Component("startSourcingDecision")
class StartSourcingDecision implements JavaDelegate {

	private final SourcingService sourcing;

	private final RuntimeService runtime;

	public StartSourcingDecision(SourcingService sourcing, RuntimeService runtime) {
		this.sourcing = sourcing;
		this.runtime = runtime;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long relationshipId = Processes.RELATIONSHIP_ID.read(execution);
		boolean running = runtime.createProcessInstanceQuery().processDefinitionKey(Processes.SOURCING_DECISION)
				.processInstanceBusinessKey(Long.toString(relationshipId)).count() > 0;
		if (!running && !sourcing.hasPendingDecision(relationshipId)) {
			runtime.startProcessInstanceByKey(Processes.SOURCING_DECISION, Long.toString(relationshipId),
					Map.ofEntries(Processes.RELATIONSHIP_ID.entry(relationshipId)));
		}
	}
}
