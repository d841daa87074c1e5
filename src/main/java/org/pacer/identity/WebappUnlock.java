package org.pacer.identity;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An administrator's "Unlock user" (Camunda Admin, or {@code POST /engine-rest/user/{id}/unlock}) also lifts Pacer's
 * sign-in locks of that user. Acts only after Camunda has done it, so its authorization check decides.
 */
class WebappUnlock extends OncePerRequestFilter {

	private static final Pattern UNLOCK = Pattern.compile(".*/user/([^/]+)/unlock");

	private final SignInLimits limits;

	WebappUnlock(SignInLimits limits) {
		this.limits = limits;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		Matcher unlock = UNLOCK.matcher(request.getRequestURI());
		if ("POST".equals(request.getMethod()) && unlock.matches() && response.getStatus() < 300) {
			limits.unlock(URLDecoder.decode(unlock.group(1), StandardCharsets.UTF_8));
		}
	}
}
