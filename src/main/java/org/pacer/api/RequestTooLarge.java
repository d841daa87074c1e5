package org.pacer.api;

/** A request body beyond the API's size limit, found while reading it (a body sent without its length). */
class RequestTooLarge extends RuntimeException {

	public RequestTooLarge(long limit) {
		super("The request body is larger than " + limit + " bytes. Send the rows in several requests.");
	}
}
