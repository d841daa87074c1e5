package org.pacer.web;

/**
 * The task was completed, claimed or changed by someone else at the same moment (perhaps on another node): answered
 * with 409 and a plain message, never as a server error.
 */
public class TaskConflict extends RuntimeException {

	public TaskConflict(String message) {
		super(message);
	}
}
