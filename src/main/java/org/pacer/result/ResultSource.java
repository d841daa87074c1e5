package org.pacer.result;

/** Where a period result came from. */
public enum ResultSource {
	FORM,
	CSV,
	API
}
