package org.pacer.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The OpenID Connect login for staff, on only when pacer.sso.issuer-uri is set (PACER_SSO_ISSUER_URI): the identity provider proves who the
 * person is, {@link StaffAccounts} decides whether and as whom they enter, and the session then carries the same user
 * id and authorities as a password sign-in, so every door treats both alike (docs/decisions/0029).
 */
@Configuration
// on with an issuer: the setting is always there, empty when single sign-on is off
@ConditionalOnExpression("!'${pacer.sso.issuer-uri:}'.isBlank()")
class StaffSingleSignOn {

	static final String REGISTRATION = "staff";

	@Bean
	ClientRegistrationRepository staffClientRegistration(SsoSettings settings) {
		// the provider's discovery document names its endpoints and keys; read once at start
		ClientRegistration staff = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
				.registrationId(REGISTRATION)
				.clientId(settings.clientId())
				.clientSecret(settings.clientSecret())
				.scope("openid", "profile", "email")
				.clientName(settings.label())
				.build();
		return new InMemoryClientRegistrationRepository(staff);
	}

	@Bean
	OAuth2UserService<OidcUserRequest, OidcUser> staffOidcUsers(SsoSettings settings, StaffAccounts staff,
			CamundaIdentityAuthenticationProvider users) {
		OidcUserService proven = new OidcUserService();
		return request -> {
			OidcUser person = proven.loadUser(request);
			String userId;
			try {
				userId = staff.signIn(new StaffAccounts.Claims(person.getIssuer().toString(), person.getSubject(),
						person.getClaimAsString(settings.userIdClaim()), person.getEmail(), person.getGivenName(),
						person.getFamilyName(), claimValues(person.getClaims(), settings.groupsClaim())),
						settings.staffGroups());
			}
			catch (StaffAccounts.Refused refused) {
				throw new OAuth2AuthenticationException(new OAuth2Error("pacer_refused", refused.getMessage(), null),
						refused.getMessage());
			}
			return new StaffOidcUser(userId, users.authorities(userId), person);
		};
	}

	/** The values of a claim given by a dotted path: a list, or one text. */
	static List<String> claimValues(Map<String, Object> claims, String path) {
		Object value = claims;
		for (String part : path.split("\\.")) {
			value = value instanceof Map<?, ?> map ? map.get(part) : null;
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).toList();
		}
		return value == null ? List.of() : List.of(value.toString());
	}

	/** The person as the identity provider proved them, under their Pacer user id with Pacer's authorities. */
	static class StaffOidcUser extends DefaultOidcUser {

		private static final long serialVersionUID = 1L;

		private final String userId;

		StaffOidcUser(String userId, Collection<? extends GrantedAuthority> authorities, OidcUser proven) {
			super(authorities, proven.getIdToken(), proven.getUserInfo());
			this.userId = userId;
		}

		/** The name every door reads: Spring Session's principal, Camunda's container-based sign-in, the portal. */
		@Override
		public String getName() {
			return userId;
		}
	}
}
