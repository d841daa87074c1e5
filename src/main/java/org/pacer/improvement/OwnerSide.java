package org.pacer.improvement;

/** Who owns an action: the provider, or the client (its support commitments are tracked the same way). */
public enum OwnerSide {
	PROVIDER,
	CLIENT
}
