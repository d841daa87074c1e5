package org.pacer.process;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.springframework.stereotype.Component;

/**
 * The rule that process models are data, not code (docs/decisions/0011-process-models-are-data.md): what a BPMN or
 * DMN file may make the server run. Refused: script tasks, scripts in listeners and input/output parameters, external
 * script resources, {@code camunda:class} and form handler classes anywhere, method expressions
 * ({@code camunda:expression}), script conditions, DMN expression languages other than FEEL, and any JUEL expression
 * whose shape {@link ExpressionRules} does not allow.
 * <p>
 * One streaming pass over the XML, so it runs before any model parser and reports line, column and the id of the
 * nearest element. The portal's validation and the engine's deployer ({@link ModelSafetyDeployer}) run the same
 * check, so every way in (portal, /engine-rest, Cockpit, the processes shipped in processes/) is held to it.
 */
@Component
public class ModelSafety {

	static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	public static final String CAMUNDA_BPMN_NS = "http://camunda.org/schema/1.0/bpmn";

	private static final Set<String> CODE_ATTRIBUTES = Set.of("class", "formHandlerClass", "resource", "expression");

	private static final Set<String> UNMARKED = Set.of("timeDuration", "timeDate", "timeCycle", "conditionExpression",
			"completionCondition", "loopCardinality", "condition", "documentation", "extensionElements", "script");

	private final ExpressionRules expressions;

	public ModelSafety(ProcessBeans beans) {
		this.expressions = new ExpressionRules(beans);
	}

	public List<ModelProblem> check(ProcessFile file) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		List<ModelProblem> problems = new ArrayList<>();
		Deque<Element> open = new ArrayDeque<>();
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(file.stream());
			try {
				while (reader.hasNext()) {
					switch (reader.next()) {
						case XMLStreamConstants.START_ELEMENT -> {
							Element parent = open.peek();
							String id = marked(reader) ? reader.getAttributeValue(null, "id") : null;
							Element element = new Element(reader.getNamespaceURI(), reader.getLocalName(),
									id == null || id.isBlank() ? (parent == null ? null : parent.id) : id,
									reader.getLocation().getLineNumber(), reader.getLocation().getColumnNumber(),
									parent != null && (parent.script || parent.refused));
							open.push(element);
							if (file.kind() == ProcessFile.Kind.BPMN) {
								checkBpmnElement(reader, element, problems);
							}
							else {
								checkDmnElement(reader, element, problems);
							}
						}
						case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
							if (!open.isEmpty()) {
								open.peek().text.append(reader.getText());
							}
						}
						case XMLStreamConstants.END_ELEMENT -> {
							Element element = open.pop();
							String text = element.text.toString();
							if (file.kind() == ProcessFile.Kind.BPMN && !element.script && !element.refused
									&& ExpressionRules.isExpression(text)) {
								add(problems, element, expressions.valueProblem(text, element.name));
							}
						}
						default -> {
						}
					}
				}
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException e) {
			// ProcessFile read the whole file already; a model parser will say what is wrong
			problems.add(new ModelProblem(null, "The file does not parse: " + ModelProblem.messageOf(e)));
		}
		return problems;
	}

	/**
	 * Whether the element is one the modeler marks (a step, flow, event, process, decision), so problems inside it
	 * are reported on it: not a timer's or condition's own expression element, not an extension.
	 */
	private static boolean marked(XMLStreamReader reader) {
		if (!BPMN_NS.equals(reader.getNamespaceURI())) {
			return !CAMUNDA_BPMN_NS.equals(reader.getNamespaceURI());
		}
		String name = reader.getLocalName();
		return !(name.endsWith("EventDefinition") || name.endsWith("LoopCharacteristics") || UNMARKED.contains(name));
	}

	private void checkBpmnElement(XMLStreamReader reader, Element element, List<ModelProblem> problems) {
		boolean camundaElement = CAMUNDA_BPMN_NS.equals(element.namespace);
		if (BPMN_NS.equals(element.namespace) && element.name.equals("scriptTask")) {
			element.refused = true;
			add(problems, element, "Script tasks run code on the server and are refused: use a service task with a "
					+ "Pacer delegate (${beanName}) from the Pacer templates.");
		}
		if (camundaElement && element.name.equals("script")) {
			element.script = true;
			if (!element.inRefused) {
				add(problems, element, "Scripts (in listeners and input/output parameters) run code on the server and "
						+ "are refused: use a Pacer delegate, or an expression naming process variables.");
			}
		}
		if (element.inRefused) {
			return;
		}
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			String namespace = reader.getAttributeNamespace(i);
			String name = reader.getAttributeLocalName(i);
			String value = reader.getAttributeValue(i);
			boolean camunda = CAMUNDA_BPMN_NS.equals(namespace)
					|| (camundaElement && (namespace == null || namespace.isEmpty()));
			String label = camundaElement ? "camunda:" + element.name + " " + name
					: CAMUNDA_BPMN_NS.equals(namespace) ? "camunda:" + name : name;
			if (camunda && CODE_ATTRIBUTES.contains(name)) {
				add(problems, element, codeAttribute(name, value));
			}
			else if (camunda && name.equals("delegateExpression")) {
				add(problems, element, expressions.delegateProblem(value));
			}
			else if ((name.equals("language") || name.equals("scriptFormat")) && (namespace == null
					|| namespace.isEmpty()) && BPMN_NS.equals(element.namespace) && !value.isBlank()
					&& !value.trim().equalsIgnoreCase("juel")) {
				add(problems, element, "The " + element.name + " is written in '" + value + "', which the engine "
						+ "runs as a script on the server; write it as a JUEL expression like ${approved}.");
			}
			else if (ExpressionRules.isExpression(value)) {
				add(problems, element, expressions.valueProblem(value, label));
			}
		}
	}

	private static String codeAttribute(String name, String value) {
		return switch (name) {
			case "class", "formHandlerClass" -> "camunda:" + name + " '" + value + "' makes the engine create any Java "
					+ "class on the server and is refused: use a delegate expression ${beanName} naming a Pacer "
					+ "delegate from the Pacer templates.";
			case "resource" -> "An external script (camunda:resource '" + value + "') runs code on the server and is "
					+ "refused.";
			default -> "A method expression (camunda:expression '" + value + "') runs as the server and is refused: "
					+ "use a delegate expression ${beanName} naming a Pacer delegate.";
		};
	}

	private static void checkDmnElement(XMLStreamReader reader, Element element, List<ModelProblem> problems) {
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			if (reader.getAttributeLocalName(i).equals("expressionLanguage")) {
				String language = reader.getAttributeValue(i);
				if (!language.toLowerCase(Locale.ROOT).contains("feel")) {
					add(problems, element, "The " + element.name + " uses expression language '" + language + "', "
							+ "which runs scripts or JUEL on the server; Pacer's decisions are written in FEEL.");
				}
			}
		}
	}

	private static void add(List<ModelProblem> problems, Element element, String problem) {
		if (problem != null) {
			problems.add(new ModelProblem(element.id, problem, element.line, element.column));
		}
	}

	/** An open element: the id problems are reported on, where it starts, its text so far. */
	private static final class Element {

		final String namespace;

		final String name;

		final String id;

		final int line;

		final int column;

		/** Inside something already refused as a whole (a script task, a script): not reported again. */
		final boolean inRefused;

		final StringBuilder text = new StringBuilder();

		boolean script;

		boolean refused;

		Element(String namespace, String name, String id, int line, int column, boolean inRefused) {
			this.namespace = namespace;
			this.name = name;
			this.id = id;
			this.line = line;
			this.column = column;
			this.inRefused = inRefused;
			this.refused = inRefused;
		}
	}
}
