package org.pacer.process;

import java.util.Objects;

/**
 * One thing wrong with a model, tied to the element the modeler marks; null for the file as a whole. Line and column
 * are there where the problem was found in the file's text (the engine's parser, Pacer's checks of code and
 * expressions), else null.
 */
public record ModelProblem(String elementId, String message, Integer line, Integer column) {

	public ModelProblem(String elementId, String message) {
		this(elementId, message, null, null);
	}

	/** The same problem is the same whatever line it was found on: what is wrong, and on which element. */
	@Override
	public boolean equals(Object other) {
		return other instanceof ModelProblem problem && Objects.equals(elementId, problem.elementId)
				&& Objects.equals(message, problem.message);
	}

	@Override
	public int hashCode() {
		return Objects.hash(elementId, message);
	}

	/** The deepest cause's message on one line: what a person can act on, not the wrappers around it. */
	public static String messageOf(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() != null ? root.getMessage() : e.getMessage();
		return message == null ? root.getClass().getSimpleName() : message.replaceAll("\\s+", " ").trim();
	}
}
