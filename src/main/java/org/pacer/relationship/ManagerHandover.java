package org.pacer.relationship;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pacer.process.Processes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new manager takes over a relationship: future tasks follow the relationship (RelationshipPeople), and the open
 * tasks assigned to the previous manager move in the same transaction. Tasks offered to a group stay where they are.
 */
@Component
public class ManagerHandover {

	private final RelationshipService relationships;

	private final TaskService tasks;

	private final ApplicationEventPublisher events;

	ManagerHandover(RelationshipService relationships, TaskService tasks, ApplicationEventPublisher events) {
		this.relationships = relationships;
		this.tasks = tasks;
		this.events = events;
	}

	@Transactional
	public Relationship handOver(long relationshipId, String newManagerId, String actor) {
		Relationship current = relationships.get(relationshipId);
		String previous = current.getManagerId();
		if (previous.equals(newManagerId)) {
			return current;
		}
		Relationship relationship = relationships.reassignManager(relationshipId, newManagerId, actor);
		List<Task> open = tasks.createTaskQuery().taskAssignee(previous)
				.processVariableValueEquals(Processes.RELATIONSHIP_ID.name(), relationshipId).list();
		open.forEach(task -> tasks.setAssignee(task.getId(), newManagerId));
		events.publishEvent(new ManagerReassigned(relationshipId, relationship.getName(), previous, newManagerId, actor,
				open.size()));
		return relationship;
	}
}
