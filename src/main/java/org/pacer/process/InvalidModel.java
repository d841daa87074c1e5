package org.pacer.process;

import java.util.List;

/** A model with problems: refused (400) with all of them, and nothing deployed. */
public class InvalidModel extends RuntimeException {

	private final List<ModelProblem> problems;

	public InvalidModel(List<ModelProblem> problems) {
		super(problems.size() + " problem(s) in the model: " + problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	public List<ModelProblem> problems() {
		return problems;
	}
}
