package org.pacer.process;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A BPMN or DMN file as a process owner hands it in, checked before any model parser sees it: not empty, not over
 * {@link #MAX_BYTES}, no DOCTYPE (so no external entity can be resolved), well-formed XML whose root is a BPMN or DMN
 * {@code definitions}, nested at most {@link #MAX_DEPTH} deep with at most {@link #MAX_ELEMENTS} elements (read as a
 * stream, so a file built to overflow a parser's stack never reaches one). Anything else is a {@link BadProcessFile}
 * with a message that says what is wrong.
 */
public record ProcessFile(String resourceName, Kind kind, byte[] xml) {

	/** Far above Pacer's largest diagram (about 30 KB), far below what would strain the server. */
	public static final int MAX_BYTES = 1_000_000;

	/** Pacer's diagrams nest about 10 deep; the engine's recursive parsers overflow on some thousands. */
	public static final int MAX_DEPTH = 50;

	/** Pacer's largest diagram has about 400 elements. */
	public static final int MAX_ELEMENTS = 50_000;

	private static final String BPMN_NAMESPACE = "http://www.omg.org/spec/BPMN/20100524/MODEL";

	private static final Pattern DTD = Pattern.compile("<!(DOCTYPE|ENTITY)", Pattern.CASE_INSENSITIVE);

	private static final Pattern RESOURCE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");

	public enum Kind {
		BPMN(".bpmn"), DMN(".dmn");

		private final String suffix;

		Kind(String suffix) {
			this.suffix = suffix;
		}

		public String suffix() {
			return suffix;
		}
	}

	public static ProcessFile of(String resourceName, byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			throw new BadProcessFile("The file is empty: send a BPMN or DMN file.");
		}
		if (bytes.length > MAX_BYTES) {
			throw new BadProcessFile("The file has " + bytes.length + " bytes; a BPMN or DMN file may have at most "
					+ MAX_BYTES + ".");
		}
		String text = new String(bytes, StandardCharsets.UTF_8);
		// refused before parsing: a DOCTYPE can declare entities that read local files or call other servers
		if (DTD.matcher(text).find()) {
			throw new BadProcessFile("The file declares a DOCTYPE or entities; BPMN and DMN files have none, and Pacer "
					+ "does not read them.");
		}
		Kind kind = readShape(bytes);
		return new ProcessFile(resourceName(resourceName, kind), kind, bytes);
	}

	public String text() {
		return new String(xml, StandardCharsets.UTF_8);
	}

	public ByteArrayInputStream stream() {
		return new ByteArrayInputStream(xml);
	}

	/**
	 * One streaming pass: the root element decides the kind, not the file name (a .bpmn that holds a DMN table is
	 * read as what it is), and the whole file is well-formed and within depth and size.
	 */
	private static Kind readShape(byte[] bytes) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
			try {
				reader.nextTag();
				Kind kind = kindOf(reader);
				int depth = 1;
				int elements = 1;
				while (reader.hasNext()) {
					int event = reader.next();
					if (event == XMLStreamConstants.START_ELEMENT) {
						if (++depth > MAX_DEPTH) {
							throw new BadProcessFile("The file nests elements deeper than " + MAX_DEPTH + " levels (line "
									+ reader.getLocation().getLineNumber() + "); a BPMN or DMN file needs far fewer.");
						}
						if (++elements > MAX_ELEMENTS) {
							throw new BadProcessFile("The file has more than " + MAX_ELEMENTS + " elements; a BPMN or "
									+ "DMN file needs far fewer.");
						}
					}
					else if (event == XMLStreamConstants.END_ELEMENT) {
						depth--;
					}
				}
				return kind;
			}
			finally {
				reader.close();
			}
		}
		catch (XMLStreamException e) {
			throw new BadProcessFile("This is not a BPMN or DMN file: it is not well-formed XML ("
					+ e.getMessage().replaceAll("\\s+", " ").trim() + ").");
		}
	}

	private static Kind kindOf(XMLStreamReader reader) {
		String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
		if ("definitions".equals(reader.getLocalName()) && BPMN_NAMESPACE.equals(namespace)) {
			return Kind.BPMN;
		}
		if ("definitions".equals(reader.getLocalName()) && namespace.toUpperCase(Locale.ROOT).contains("DMN")) {
			return Kind.DMN;
		}
		throw new BadProcessFile("This XML is neither BPMN nor DMN: its root is <" + reader.getLocalName()
				+ "> in namespace '" + namespace + "', not BPMN 2.0 or DMN <definitions>.");
	}

	/** A plain file name with the suffix the engine needs to parse it; no paths. */
	private static String resourceName(String given, Kind kind) {
		String name = given == null ? "" : given.trim();
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(slash + 1);
		if (name.isEmpty() || !RESOURCE_NAME.matcher(name).matches()) {
			throw new BadProcessFile("Give the file a plain name such as performance-review" + kind.suffix()
					+ " (letters, digits, dots, dashes).");
		}
		if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") || name.endsWith(".dmn")
				|| name.endsWith(".dmn11.xml")) {
			if (!name.contains(kind.suffix())) {
				throw new BadProcessFile("The file " + name + " holds " + kind + ", not what its name says.");
			}
			return name;
		}
		return name + kind.suffix();
	}
}
