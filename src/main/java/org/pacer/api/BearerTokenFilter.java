package org.pacer.api;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pacer.identity.Roles;
import org.pacer.relationship.Provider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>}: the token signs in as its provider, with the same GROUP_ and ROLE_
 * authorities a person of that provider has, so {@code Access} keeps it to its own provider's data. A wrong,
 * expired or revoked token answers 401 at once; a request without a bearer token goes on to HTTP Basic.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final Problems problems;

	BearerTokenFilter(ApiTokens tokens, Problems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		var token = tokens.authenticate(header.substring(BEARER.length()).trim());
		if (token.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			problems.write(request, response, Problems.problem(HttpStatus.UNAUTHORIZED,
					"The API token is unknown, expired or revoked. Ask your provider's lead for a new one."));
			return;
		}
		Provider provider = tokens.providerOf(token.get());
		var authentication = UsernamePasswordAuthenticationToken.authenticated(token.get().actor(), null,
				List.of(new SimpleGrantedAuthority("GROUP_" + provider.getCandidateGroup()),
						new SimpleGrantedAuthority("ROLE_" + Roles.ROLE_PROVIDER)));
		authentication.setDetails(token.get().getId());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
