package org.pacer.relationship;

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

	public ProcessInstance start(Relationship relationship) {
		return runtime.startProcessInstanceByKey(Processes.LIFECYCLE, relationship.getId().toString(),
				Map.ofEntries(Processes.RELATIONSHIP_ID.entry(relationship.getId()),
						LifecycleProcess.SOURCING_CYCLE.entry("R/P" + relationship.getSourcingIntervalMonths() + "M")));
	}
}
