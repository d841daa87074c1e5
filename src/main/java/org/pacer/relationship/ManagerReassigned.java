package org.pacer.relationship;

/** Published when a relationship gets a new manager, so both managers can be told. */
public record ManagerReassigned(long relationshipId, String relationshipName, String previousManager,
		String newManager, String actor, int movedTasks) {
}
