package org.pacer.relationship;

public enum RelationshipStatus {
	/** Outcomes and measures are being set and agreed. */
	SETTING_UP,
	ACTIVE,
	ENDED
}
