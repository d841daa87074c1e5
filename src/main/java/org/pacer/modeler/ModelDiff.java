package org.pacer.modeler;

import org.pacer.process.BadProcessFile;
import org.pacer.process.ModelProblem;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What changed between two versions of a BPMN or DMN model, element by element: every element with an id is
 * compared by its type, its attributes (name, assignee, delegate expression, called element...) and the content it
 * owns without ids of its own (conditions, timer values, listeners, form fields, rule texts). Diagram layout (DI) is
 * left out: moving a shape changes nothing that runs.
 */
final class ModelDiff {

	public enum Kind {
		ADDED, REMOVED, CHANGED
	}

	/** One changed element: what it is, its name, and for a change which properties differ. */
	public record Change(Kind kind, String elementId, String type, String name, String detail) {
	}

	/** An element as compared: its type, name, attributes and owned content. */
	private record Compared(String type, String name, Map<String, String> attributes, String content) {
	}

	/**
	 * Parts of an element rather than elements of their own, even where a modeler gives them ids: a flow's condition,
	 * an event's timer, a rule's entries. A change to them is a change of the element that owns them.
	 */
	private static final Set<String> PARTS = Set.of("conditionExpression", "timerEventDefinition", "timeDate",
			"timeDuration", "timeCycle", "messageEventDefinition", "signalEventDefinition", "errorEventDefinition",
			"escalationEventDefinition", "conditionalEventDefinition", "compensateEventDefinition",
			"terminateEventDefinition", "linkEventDefinition", "condition", "documentation", "extensionElements",
			"multiInstanceLoopCharacteristics", "loopCardinality", "completionCondition", "inputExpression",
			"inputEntry", "outputEntry", "text");

	/** BPMN and Camunda attribute defaults. */
	private static final Map<String, String> DEFAULTS = Map.ofEntries(Map.entry("completionQuantity", "1"),
			Map.entry("startQuantity", "1"), Map.entry("isForCompensation", "false"),
			Map.entry("gatewayDirection", "Unspecified"), Map.entry("cancelActivity", "true"),
			Map.entry("parallelMultiple", "false"), Map.entry("isInterrupting", "true"), Map.entry("isClosed", "false"),
			Map.entry("processType", "None"), Map.entry("isImmediate", "true"),
			Map.entry("camunda:decisionRefBinding", "latest"), Map.entry("camunda:calledElementBinding", "latest"));

	private ModelDiff() {
	}

	public static List<Change> between(byte[] before, byte[] after) {
		Map<String, Compared> old = elements(before);
		Map<String, Compared> now = elements(after);
		List<Change> changes = new ArrayList<>();
		now.forEach((id, element) -> {
			if (!old.containsKey(id)) {
				changes.add(new Change(Kind.ADDED, id, element.type(), element.name(), ""));
			}
		});
		old.forEach((id, element) -> {
			if (!now.containsKey(id)) {
				changes.add(new Change(Kind.REMOVED, id, element.type(), element.name(), ""));
			}
		});
		now.forEach((id, element) -> {
			Compared was = old.get(id);
			if (was != null && !was.equals(element)) {
				changes.add(new Change(Kind.CHANGED, id, element.type(), element.name(), describe(was, element)));
			}
		});
		changes.sort(Comparator.comparing(Change::kind).thenComparing(Change::elementId));
		return changes;
	}

	private static String describe(Compared was, Compared now) {
		List<String> parts = new ArrayList<>();
		if (!was.type().equals(now.type())) {
			parts.add("type " + was.type() + " → " + now.type());
		}
		if (!was.name().equals(now.name())) {
			parts.add("name: " + shown(was.name()) + " → " + shown(now.name()));
		}
		for (String attribute : new TreeSet<>(union(was.attributes(), now.attributes()))) {
			String before = was.attributes().get(attribute);
			String after = now.attributes().get(attribute);
			if (!Objects.equals(before, after)) {
				parts.add(attribute + ": " + shown(before) + " → " + shown(after));
			}
		}
		if (!was.content().equals(now.content())) {
			parts.add("content changed (conditions, timers, listeners, fields or texts)");
		}
		return String.join("; ", parts);
	}

	private static TreeSet<String> union(Map<String, String> a, Map<String, String> b) {
		TreeSet<String> keys = new TreeSet<>(a.keySet());
		keys.addAll(b.keySet());
		return keys;
	}

	private static String shown(String value) {
		return value == null ? "(none)" : "'" + value + "'";
	}

	/** Every element with an id below the root (whose id says nothing that runs). */
	private static Map<String, Compared> elements(byte[] xml) {
		Map<String, Compared> elements = new LinkedHashMap<>();
		Element root = parse(xml);
		for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				collect(e, elements);
			}
		}
		return elements;
	}

	private static void collect(Element element, Map<String, Compared> elements) {
		if (isLayout(element) || isPart(element)) {
			return;
		}
		String id = element.getAttribute("id");
		if (!id.isEmpty()) {
			Map<String, String> attributes = attributes(element);
			attributes.remove("id");
			// a default written out or left out is the same model: parsers and modelers differ in this
			attributes.entrySet().removeIf(a -> a.getValue().equals(DEFAULTS.get(a.getKey()))
					|| a.getKey().equals("implementation") && a.getValue().startsWith("##"));
			String name = attributes.remove("name");
			elements.put(id, new Compared(element.getLocalName(), name == null ? "" : name, attributes, content(element)));
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e) {
				collect(e, elements);
			}
		}
	}

	/** The text of everything the element owns without an id; incoming and outgoing are the flows' business. */
	private static String content(Element element) {
		StringBuilder content = new StringBuilder();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element e && (e.getAttribute("id").isEmpty() || isPart(e)) && !isLayout(e)
					&& !"incoming".equals(e.getLocalName()) && !"outgoing".equals(e.getLocalName())) {
				Map<String, String> attributes = attributes(e);
				attributes.remove("id");
				content.append('<').append(e.getLocalName()).append(attributes).append('>').append(content(e))
						.append("</>");
			}
			else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				content.append(child.getNodeValue().strip());
			}
		}
		return content.toString();
	}

	private static Map<String, String> attributes(Element element) {
		Map<String, String> attributes = new TreeMap<>();
		NamedNodeMap all = element.getAttributes();
		for (int i = 0; i < all.getLength(); i++) {
			Node attribute = all.item(i);
			if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
				String prefix = attribute.getPrefix() == null ? "" : attribute.getPrefix() + ":";
				attributes.put(prefix + attribute.getLocalName(), attribute.getNodeValue());
			}
		}
		return attributes;
	}

	private static boolean isPart(Element element) {
		return PARTS.contains(element.getLocalName());
	}

	/** BPMNDI, DMNDI and their DC/DI children: shapes, edges, bounds. */
	private static boolean isLayout(Element element) {
		String namespace = element.getNamespaceURI();
		return namespace != null && (namespace.endsWith("/DI") || namespace.endsWith("/DI/")
				|| namespace.endsWith("/DMNDI/") || namespace.endsWith("/DC") || namespace.endsWith("/DC/"));
	}

	/** Files reach here after {@link ProcessFile} refused DOCTYPEs; the parser refuses them once more. */
	private static Element parse(byte[] xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
		}
		catch (Exception e) {
			throw new BadProcessFile("The model cannot be compared: " + ModelProblem.messageOf(e));
		}
	}
}
