package org.pacer.people;

import java.util.Set;

/**
 * Whose people a caller manages and under which name their actions are audited: every group (an administrator), or
 * the groups of some providers (a provider's lead, or a provider's API token, which acts for its own provider).
 */
public record PeopleScope(String actor, boolean admin, Set<Long> providerIds) {

	public PeopleScope {
		providerIds = Set.copyOf(providerIds);
	}

	/** An API token of the provider: it manages that provider's people, as the provider's lead does. */
	public static PeopleScope ofProvider(String actor, long providerId) {
		return new PeopleScope(actor, false, Set.of(providerId));
	}
}
