package org.pacer.sourcing;

import static org.pacer.sourcing.SourcingProcess.SOURCING_OPTION;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.Processes;
import org.pacer.relationship.LifecycleProcess;
import org.pacer.relationship.RelationshipService;
import org.springframework.stereotype.Component;

/** Task_EndRelationship: tells the lifecycle that the relationship ends; it closes it and stops the reviews. */
@Component("endRelationship")
class EndRelationship implements JavaDelegate {

	private final RuntimeService runtime;

	private final RelationshipService relationships;

	public EndRelationship(RuntimeService runtime, RelationshipService relationships) {
		this.runtime = runtime;
		this.relationships = relationships;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long relationshipId = Processes.RELATIONSHIP_ID.read(execution);
		String reason = "Sourcing decision: " + SOURCING_OPTION.read(execution);
		boolean told = !runtime.createMessageCorrelation(Processes.MESSAGE_RELATIONSHIP_ENDED)
				.processInstanceBusinessKey(Long.toString(relationshipId))
				.setVariable(LifecycleProcess.END_REASON.name(), reason)
				.correlateAllWithResult().isEmpty();
		if (!told) {
			// no lifecycle waits for the message (closed by hand, or still in set-up): end both directly
			runtime.createProcessInstanceQuery().processDefinitionKey(Processes.LIFECYCLE)
					.processInstanceBusinessKey(Long.toString(relationshipId)).list()
					.forEach(lifecycle -> runtime.deleteProcessInstance(lifecycle.getId(), reason));
			relationships.end(relationshipId, reason, "system");
		}
	}
}
