package org.pacer.relationship;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.pacer.process.Processes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates a relationship and starts its lifecycle in one transaction: no relationship without its cycle. */
@Component
public class RelationshipLifecycle {

	private final RelationshipService relationships;

	private final RuntimeService runtime;

	public RelationshipLifecycle(RelationshipService relationships, RuntimeService runtime) {
		this.relationships = relationships;
		this.runtime = runtime;
	}

	@Transactional
	public Relationship create(RelationshipService.NewRelationship request, String actor) {
		Relationship relationship = relationships.create(request, actor);
		start(relationship);
		return relationship;
	}

	/**
	 * Ends the relationship on the day given (refused as {@link RelationshipService#end(long, LocalDate, String,
	 * String)} says), then ends its running work through the processes' own message: each open review (with its joint
	 * improvement) ends unpublished, and the lifecycle stops scheduling reviews. A lifecycle still in set-up waits for
	 * no message and is deleted with the reason. History stays.
	 */
	@Transactional
	public Relationship end(long relationshipId, LocalDate on, String reason, String actor) {
		Relationship relationship = relationships.end(relationshipId, on, reason, actor);
		stopProcesses(relationshipId, relationship.getEndReason());
		return relationship;
	}

	/** The processes' own end (a sourcing decision): today, once, and its processes stopped as above. */
	@Transactional
	public void end(long relationshipId, String reason) {
		relationships.end(relationshipId, reason, "system");
		stopProcesses(relationshipId, reason);
	}

	private void stopProcesses(long relationshipId, String reason) {
		for (ProcessInstance review : runtime.createProcessInstanceQuery()
				.processDefinitionKey(Processes.PERFORMANCE_REVIEW)
				.variableValueEquals(Processes.RELATIONSHIP_ID.name(), relationshipId).active().list()) {
			runtime.createMessageCorrelation(Processes.MESSAGE_RELATIONSHIP_ENDED).processInstanceId(review.getId())
					.correlateAll();
		}
		boolean told = !runtime.createMessageCorrelation(Processes.MESSAGE_RELATIONSHIP_ENDED)
				.processInstanceBusinessKey(Long.toString(relationshipId)).correlateAllWithResult().isEmpty();
		if (!told) {
			runtime.createProcessInstanceQuery().processDefinitionKey(Processes.LIFECYCLE)
					.processInstanceBusinessKey(Long.toString(relationshipId)).list()
					.forEach(lifecycle -> runtime.deleteProcessInstance(lifecycle.getId(), reason));
		}
	}

	public ProcessInstance start(Relationship relationship) {
		return runtime.startProcessInstanceByKey(Processes.LIFECYCLE, relationship.getId().toString(),
				Map.ofEntries(Processes.RELATIONSHIP_ID.entry(relationship.getId()),
						LifecycleProcess.SOURCING_CYCLE.entry("R/P" + relationship.getSourcingIntervalMonths() + "M")));
	}
}
