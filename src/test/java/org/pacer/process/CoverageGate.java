package org.pacer.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The process coverage gate of {@code ./mvnw verify}: merges what every process test class covered (the
 * {@code report.json} that camunda-process-test-coverage writes per test class under
 * {@code target/process-test-coverage/}) per process definition key, compares it with every flow node and sequence
 * flow of every {@code processes/*.bpmn}, prints a table and the uncovered element ids, and fails when any flow node
 * of any process is not covered by some test.
 * <p>
 * Arguments: the report directory (default {@code target/process-test-coverage}) and the process directory (default
 * {@code processes}).
 */
public final class CoverageGate {

	private CoverageGate() {
	}

	public static void main(String[] args) throws IOException {
		Path reports = Path.of(args.length > 0 ? args[0] : "target/process-test-coverage");
		Path processes = Path.of(args.length > 1 ? args[1] : "processes");
		Result result = check(reports, processes);
		System.out.println(result.table());
		if (!result.passed()) {
			throw new IllegalStateException("Process coverage gate failed: " + result.failure());
		}
	}

	/** Every flow node and sequence flow of one executable process, by id. */
	record ProcessModel(String key, String file, Set<String> flowNodes, Set<String> sequenceFlows) {
	}

	/** What the tests covered, per process definition key, and which test classes reported. */
	record Covered(List<String> testClasses, Map<String, Set<String>> flowNodes, Map<String, Set<String>> sequenceFlows) {
	}

	record Line(ProcessModel model, Set<String> coveredNodes, Set<String> coveredFlows) {

		Set<String> uncoveredNodes() {
			return minus(model.flowNodes(), coveredNodes);
		}

		Set<String> uncoveredFlows() {
			return minus(model.sequenceFlows(), coveredFlows);
		}

		int nodesCovered() {
			return model.flowNodes().size() - uncoveredNodes().size();
		}

		int flowsCovered() {
			return model.sequenceFlows().size() - uncoveredFlows().size();
		}

		/** Flow nodes and sequence flows together, as the coverage report counts its elements. */
		double percent() {
			int total = model.flowNodes().size() + model.sequenceFlows().size();
			return total == 0 ? 100.0 : 100.0 * (nodesCovered() + flowsCovered()) / total;
		}

		private static Set<String> minus(Set<String> all, Set<String> covered) {
			Set<String> rest = new TreeSet<>(all);
			rest.removeAll(covered);
			return rest;
		}
	}

	record Result(Path reports, List<String> testClasses, List<Line> lines) {

		boolean passed() {
			return !testClasses.isEmpty() && uncoveredNodeCount() == 0;
		}

		int uncoveredNodeCount() {
			return lines.stream().mapToInt(l -> l.uncoveredNodes().size()).sum();
		}

		String failure() {
			if (testClasses.isEmpty()) {
				return "no coverage report under " + reports + " (did the process tests run?)";
			}
			return uncoveredNodeCount() + " flow node(s) covered by no process test, in " + lines.stream()
					.filter(l -> !l.uncoveredNodes().isEmpty()).map(l -> l.model().key()).collect(Collectors.joining(", "))
					+ " (see the table above)";
		}

		String table() {
			StringBuilder out = new StringBuilder();
			out.append("Process coverage, merged over ").append(testClasses.size()).append(" test class(es) in ")
					.append(reports).append('\n');
			testClasses.forEach(c -> out.append("  ").append(c).append('\n'));
			String format = "%-26s %12s %16s %9s%n";
			out.append(String.format(format, "process", "flow nodes", "sequence flows", "percent"));
			out.append("-".repeat(66)).append('\n');
			for (Line line : lines) {
				out.append(String.format(format, line.model().key(),
						line.nodesCovered() + "/" + line.model().flowNodes().size(),
						line.flowsCovered() + "/" + line.model().sequenceFlows().size(),
						String.format("%.1f%%", line.percent())));
			}
			for (Line line : lines) {
				if (!line.uncoveredNodes().isEmpty() || !line.uncoveredFlows().isEmpty()) {
					out.append('\n').append("Not covered in ").append(line.model().key()).append(" (")
							.append(line.model().file()).append("):\n");
					if (!line.uncoveredNodes().isEmpty()) {
						out.append("  flow nodes:     ").append(String.join(", ", line.uncoveredNodes())).append('\n');
					}
					if (!line.uncoveredFlows().isEmpty()) {
						out.append("  sequence flows: ").append(String.join(", ", line.uncoveredFlows())).append('\n');
					}
				}
			}
			out.append('\n').append(passed() ? "Process coverage gate passed: every flow node is covered."
					: "Process coverage gate FAILED: " + failure());
			return out.toString();
		}
	}

	static Result check(Path reports, Path processes) throws IOException {
		Covered covered = covered(reports);
		List<Line> lines = new ArrayList<>();
		for (ProcessModel model : models(processes)) {
			lines.add(new Line(model, covered.flowNodes().getOrDefault(model.key(), Set.of()),
					covered.sequenceFlows().getOrDefault(model.key(), Set.of())));
		}
		return new Result(reports, covered.testClasses(), lines);
	}

	/** Merges every report.json under the directory: one per test class. */
	static Covered covered(Path reports) throws IOException {
		List<String> testClasses = new ArrayList<>();
		Map<String, Set<String>> nodes = new TreeMap<>();
		Map<String, Set<String>> flows = new TreeMap<>();
		if (!Files.isDirectory(reports)) {
			return new Covered(testClasses, nodes, flows);
		}
		ObjectMapper json = new ObjectMapper();
		List<Path> files;
		try (Stream<Path> walk = Files.walk(reports)) {
			files = walk.filter(p -> p.getFileName().toString().equals("report.json")).sorted().toList();
		}
		for (Path file : files) {
			JsonNode report = json.readTree(file.toFile());
			for (JsonNode suite : report.path("suites")) {
				testClasses.add(suite.path("name").asText(file.getParent().getFileName().toString()));
				for (JsonNode run : suite.path("runs")) {
					for (JsonNode event : run.path("events")) {
						String process = event.path("modelKey").asText();
						String element = event.path("definitionKey").asText();
						switch (event.path("source").asText()) {
							case "FLOW_NODE" -> nodes.computeIfAbsent(process, k -> new TreeSet<>()).add(element);
							case "SEQUENCE_FLOW" -> flows.computeIfAbsent(process, k -> new TreeSet<>()).add(element);
							default -> {
								// other event sources carry no element of the diagram
							}
						}
					}
				}
			}
		}
		return new Covered(testClasses, nodes, flows);
	}

	/** Every executable process of every BPMN file, with the flow nodes and sequence flows inside it. */
	static List<ProcessModel> models(Path processes) throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(processes)) {
			files = list.filter(p -> p.getFileName().toString().endsWith(".bpmn")).sorted().toList();
		}
		List<ProcessModel> models = new ArrayList<>();
		for (Path file : files) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
			for (Process process : model.getModelElementsByType(Process.class)) {
				if (!process.isExecutable()) {
					continue;
				}
				models.add(new ProcessModel(process.getId(), file.getFileName().toString(),
						idsIn(process, model.getModelElementsByType(FlowNode.class)),
						idsIn(process, model.getModelElementsByType(SequenceFlow.class))));
			}
		}
		return models;
	}

	private static Set<String> idsIn(Process process, Collection<? extends BaseElement> elements) {
		return elements.stream().filter(e -> process.getId().equals(processOf(e))).map(BaseElement::getId)
				.collect(Collectors.toCollection(TreeSet::new));
	}

	/** The id of the process an element sits in, through any subprocesses. */
	private static String processOf(ModelElementInstance element) {
		for (ModelElementInstance e = element.getParentElement(); e != null; e = e.getParentElement()) {
			if (e instanceof Process process) {
				return process.getId();
			}
		}
		return null;
	}
}
