package org.pacer.process;

/** Keys of Pacer's processes and messages, and the variable they all share, as named in processes/. */
public final class Processes {

	public static final String LIFECYCLE = "relationship-lifecycle";

	public static final String PERFORMANCE_REVIEW = "performance-review";

	public static final String JOINT_IMPROVEMENT = "joint-improvement";

	public static final String SOURCING_DECISION = "sourcing-decision";

	public static final String MESSAGE_REVIEW_PUBLISHED = "ReviewPublished";

	public static final String MESSAGE_RELATIONSHIP_ENDED = "RelationshipEnded";

	/** The relationship every instance of every process belongs to; each process's contract class names the rest. */
	public static final ProcessVariable<Long> RELATIONSHIP_ID = ProcessVariable.id("relationshipId");

	private Processes() {
	}

	public static String reviewKey(long relationshipId, Object periodStart) {
		return relationshipId + "/" + periodStart;
	}

	/**
	 * The relationship of a business key: {@code <id>} (lifecycle, sourcing) or {@code <id>/<period>} (review,
	 * improvement).
	 */
	public static Long relationshipOf(String businessKey) {
		if (businessKey == null) {
			return null;
		}
		int slash = businessKey.indexOf('/');
		try {
			return Long.valueOf(slash < 0 ? businessKey : businessKey.substring(0, slash));
		}
		catch (NumberFormatException e) {
			// an instance started by hand in Cockpit may carry any key; it belongs to no relationship
			return null;
		}
	}
}
