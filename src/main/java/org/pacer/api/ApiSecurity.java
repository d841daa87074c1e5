package org.pacer.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pacer.identity.SignIn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The security of /api/v1: stateless, an API token (Bearer) or a portal login (HTTP Basic) through Pacer's sign-in,
 * limits per caller, and 401/403 as problem details. Before the engine's and the pages' chains.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

	private final ApiTokens tokens;

	private final RateLimiter limiter;

	private final ApiSettings settings;

	private final Problems problems;

	private final IdempotencyKeys idempotencyKeys;

	ApiSecurity(ApiTokens tokens, RateLimiter limiter, ApiSettings settings, Problems problems,
			IdempotencyKeys idempotencyKeys) {
		this.idempotencyKeys = idempotencyKeys;
		this.tokens = tokens;
		this.limiter = limiter;
		this.settings = settings;
		this.problems = problems;
	}

	@Bean
	@Order(0)
	SecurityFilterChain api(HttpSecurity http, SignIn signIn) throws Exception {
		return signIn.apply(http.securityMatcher("/api/v1/**"))
				.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
				.addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
				.httpBasic(basic -> basic.realmName("Pacer").authenticationEntryPoint(this::unauthorized))
				.addFilterBefore(new ApiLimitsFilter(limiter, settings, problems), AnonymousAuthenticationFilter.class)
				// after the limits: a body too large or a caller too fast is refused before a key is claimed
				.addFilterAfter(new IdempotencyFilter(idempotencyKeys, problems), ApiLimitsFilter.class)
				.exceptionHandling(errors -> errors.authenticationEntryPoint(this::unauthorized)
						.accessDeniedHandler((request, response, denied) -> problems.write(request, response,
								Problems.problem(HttpStatus.FORBIDDEN, "You may not do this."))))
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				// no cookie is read here, so there is none to forge
				.csrf(csrf -> csrf.disable())
				.build();
	}

	private void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer, Basic realm=\"Pacer\"");
		problems.write(request, response, Problems.problem(HttpStatus.UNAUTHORIZED,
				"Sign in: send an API token as 'Authorization: Bearer <token>', or your portal login by HTTP Basic."));
	}
}
