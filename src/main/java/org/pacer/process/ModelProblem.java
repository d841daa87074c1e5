package org.pacer.process;

/** One thing wrong with a model, tied to the element the modeler marks; null for the file as a whole. */
public record ModelProblem(String elementId, String message) {
}
