package org.pacer.process;

/**
 * The task was completed, claimed or changed by someone else at the same moment (perhaps on another node): answered
 * with 409 and a plain message, never as a server error.
 */
public class TaskConflict extends RuntimeException {

	public static final String CHANGED_AT_THE_SAME_MOMENT = "Someone else completed or changed this task at the same moment; "
			+ "yours was not saved. Reload to see what is still open.";

	public static final String NO_LONGER_OPEN = "This task is not open (any more): someone else completed it, "
			+ "or it never existed.";

	public TaskConflict(String message) {
		super(message);
	}
}
