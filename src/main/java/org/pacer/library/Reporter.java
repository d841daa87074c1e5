package org.pacer.library;

/** Who reports a measure's results. Stored and shown for now; nothing routes on it yet. */
public enum Reporter {
	PROVIDER("The provider"),
	MANAGER("The relationship manager"),
	CLIENT_PERSON("A named person on our side"),
	SURVEY("A survey"),
	INTEGRATION("An integration (results pushed over the API)");

	private final String label;

	Reporter(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
