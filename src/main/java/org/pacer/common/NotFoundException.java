package org.pacer.common;

/** An id that does not exist, or that the current user may not see: both answer the same way. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}
}
