package org.pacer.process;

/** Keys of Pacer's processes and messages, as named in processes/. */
public final class Processes {

	public static final String LIFECYCLE = "relationship-lifecycle";

	public static final String PERFORMANCE_REVIEW = "performance-review";

	public static final String JOINT_IMPROVEMENT = "joint-improvement";

	public static final String SOURCING_DECISION = "sourcing-decision";

	public static final String MESSAGE_REVIEW_PUBLISHED = "ReviewPublished";

	public static final String MESSAGE_RELATIONSHIP_ENDED = "RelationshipEnded";

	private Processes() {
	}

	public static String reviewKey(long relationshipId, Object periodStart) {
		return relationshipId + "/" + periodStart;
	}
}
