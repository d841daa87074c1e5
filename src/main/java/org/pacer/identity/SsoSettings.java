package org.pacer.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * pacer.sso.*: staff single sign-on by OpenID Connect, on when an issuer is set (PACER_SSO_ISSUER_URI and so on, with
 * their defaults in application.yml; see the README and docs/decisions/0029). Each role lists the values of the
 * groups claim that give it.
 *
 * @param issuerUri the identity provider's issuer; its discovery document names every endpoint
 * @param userIdClaim the claim that holds the user name; an address keeps the part before the @
 * @param groupsClaim the claim with the person's groups or roles; a dotted path reaches into an object
 *        (Keycloak's realm_access.roles)
 */
@ConfigurationProperties("pacer.sso")
record SsoSettings(String issuerUri, String clientId, String clientSecret, String label, String userIdClaim,
		String groupsClaim, @DefaultValue List<String> managers, @DefaultValue List<String> processOwners,
		@DefaultValue List<String> sourcingBoard, @DefaultValue List<String> admins) {

	boolean enabled() {
		return issuerUri != null && !issuerUri.isBlank();
	}

	/** Pacer's staff groups and the identity provider's values that give each. */
	Map<String, List<String>> staffGroups() {
		Map<String, List<String>> groups = new LinkedHashMap<>();
		groups.put(Roles.MANAGERS, managers);
		groups.put(Roles.PROCESS_OWNERS, processOwners);
		groups.put(Roles.SOURCING_BOARD, sourcingBoard);
		groups.put(Roles.ADMINS, admins);
		return groups;
	}
}
