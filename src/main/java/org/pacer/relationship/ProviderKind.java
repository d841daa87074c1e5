package org.pacer.relationship;

/** The same cycle runs for an external vendor and for an internal team. */
public enum ProviderKind {
	VENDOR,
	INTERNAL_TEAM
}
