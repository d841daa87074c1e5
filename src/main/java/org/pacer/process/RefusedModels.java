package org.pacer.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment refused by {@link ModelSafetyDeployer}: the engine's own kind of parse failure, so Camunda's REST API
 * answers it 400 with each problem (line, column, element id) per resource, and the portal lists them like the
 * engine parser's.
 */
class RefusedModels extends ParseException {

	RefusedModels(Map<String, List<ModelProblem>> problemsByResource) {
		super(message(problemsByResource), problemsByResource.keySet().iterator().next(), List.of(), List.of());
		List<ResourceReport> reports = new ArrayList<>();
		problemsByResource.forEach((resource, problems) -> reports.add(new Report(resource,
				problems.stream().map(p -> (Problem) new Found(p)).toList())));
		this.resorceReports = reports;
	}

	private static String message(Map<String, List<ModelProblem>> problemsByResource) {
		StringBuilder message = new StringBuilder("Pacer refuses the deployment: process models are data, not code.");
		problemsByResource.forEach((resource, problems) -> problems.forEach(p -> message.append(' ').append(resource)
				.append(p.elementId() == null ? "" : " (" + p.elementId() + ")").append(": ").append(p.message())));
		return message.toString();
	}

	private record Report(String getResourceName, List<Problem> getErrors) implements ResourceReport {

		@Override
		public List<Problem> getWarnings() {
			return List.of();
		}
	}

	private record Found(ModelProblem problem) implements Problem {

		@Override
		public String getMessage() {
			return problem.message();
		}

		@Override
		public int getLine() {
			return problem.line() == null ? 0 : problem.line();
		}

		@Override
		public int getColumn() {
			return problem.column() == null ? 0 : problem.column();
		}

		@Override
		public String getMainElementId() {
			return problem.elementId();
		}

		@Override
		public List<String> getElementIds() {
			return problem.elementId() == null ? List.of() : List.of(problem.elementId());
		}
	}
}
