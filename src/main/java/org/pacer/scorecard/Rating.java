package org.pacer.scorecard;

/** How one measure did in a period; NO_DATA is its own rating so a missing result is never mistaken for a good or bad one. */
public enum Rating {
	GREEN,
	AMBER,
	RED,
	NO_DATA
}
