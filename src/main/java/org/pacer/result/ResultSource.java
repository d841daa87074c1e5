package org.pacer.result;

/** Where a period result came from. */
public enum ResultSource {
	FORM,
	CSV,
	API,
	/** Imported for the periods before the relationship started in Pacer, so its trend begins with its past. */
	HISTORY
}
