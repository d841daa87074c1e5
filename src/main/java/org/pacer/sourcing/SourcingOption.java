package org.pacer.sourcing;

/** The real choice: every option is considered each time. */
public enum SourcingOption {
	CONTINUE("Continue"),
	REMEDIATE("Remediate with a deadline"),
	BRING_IN_HOUSE("Bring in-house"),
	RE_TENDER("Re-tender");

	private final String label;

	SourcingOption(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
