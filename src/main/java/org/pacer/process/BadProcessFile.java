package org.pacer.process;

/** A file that is not a BPMN or DMN file Pacer can read at all (empty, huge, not XML, with a DOCTYPE). 400. */
public class BadProcessFile extends RuntimeException {

	public BadProcessFile(String message) {
		super(message);
	}
}
