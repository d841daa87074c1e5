package org.pacer.catalogue;

/** The four perspectives of the balanced scorecard; fixed by the method, so an enum (levels, by contrast, are data). */
public enum Perspective {
	FINANCIAL("Financial"),
	CUSTOMER("Customer"),
	INTERNAL_PROCESS("Internal process"),
	LEARNING_AND_GROWTH("Learning and growth");

	private final String label;

	Perspective(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
