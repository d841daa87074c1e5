package org.pacer.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.Set;

import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.relationship.Relationship;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** How the API tests call: with a token made for a provider, or with a portal login by HTTP Basic. */
final class ApiCalls {

	/** An administrator as the token service sees them, to make tokens for any provider. */
	static final CurrentUser ADMIN = new CurrentUser("api-test-admin", Set.of(Roles.ADMINS), Set.of(Roles.ROLE_ADMIN));

	private ApiCalls() {
	}

	static String tokenFor(ApiTokens tokens, Relationship relationship) {
		return tokens.create(ADMIN, relationship.getProvider().getId(), "System of " + relationship.getProvider().getName(),
				30).secret();
	}

	static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
		return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	/** Fixture users have their id as password. */
	static MockHttpServletRequestBuilder basic(MockHttpServletRequestBuilder request, String user) {
		return request.with(httpBasic(user, user));
	}
}
