package org.pacer.identity;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pacer.common.NotFoundException;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in user may see and do, enforced on the server. A provider user asking for another provider's
 * relationship or task gets "not found", exactly as for an id that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class Access {

	private final RelationshipRepository relationships;

	private final TaskService tasks;

	public Access(RelationshipRepository relationships, TaskService tasks) {
		this.relationships = relationships;
		this.tasks = tasks;
	}

	public CurrentUser me() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			throw new AccessDeniedException("Not signed in");
		}
		return CurrentUser.of(authentication);
	}

	public List<Relationship> visibleRelationships() {
		CurrentUser me = me();
		if (me.seesAllRelationships()) {
			return relationships.findAllByOrderByNameAsc();
		}
		return me.providerGroups().isEmpty() ? List.of()
				: relationships.findByProviderCandidateGroupInOrderByNameAsc(me.providerGroups());
	}

	public boolean canSee(Relationship relationship) {
		CurrentUser me = me();
		return me.seesAllRelationships() || me.groups().contains(relationship.getProvider().getCandidateGroup());
	}

	public Relationship relationship(long id) {
		return relationships.findById(id).filter(this::canSee).orElseThrow(() -> new NotFoundException("Relationship", id));
	}

	/** A task the user may work on: assigned to them, or offered to one of their groups. */
	public Task workableTask(String taskId) {
		CurrentUser me = me();
		Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
		if (task == null) {
			throw new NotFoundException("Task", taskId);
		}
		boolean mine = me.id().equals(task.getAssignee());
		boolean offered = task.getAssignee() == null && tasks.createTaskQuery().taskId(taskId).taskCandidateUser(me.id())
				.count() == 1;
		if (!mine && !offered) {
			// a task assigned to a colleague is no secret to the client side; to a provider it does not exist
			if (me.seesAllRelationships() && task.getAssignee() != null) {
				throw new AccessDeniedException("Task " + taskId + " is assigned to " + task.getAssignee());
			}
			throw new NotFoundException("Task", taskId);
		}
		return task;
	}
}
