package org.pacer.identity;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Content-Security-Policy of Pacer's own pages: scripts only from Pacer itself, or inline with this response's
 * nonce (templates write it as {@code th:nonce="${cspNonce}"}); no eval. Styles may be inline: the modeler and
 * htmx set them at run time, and a style cannot run code. The Camunda webapps under /camunda send their own policy
 * (Camunda's HttpHeaderSecurityFilter), which their scripts are written for.
 */
class ContentSecurityPolicy extends OncePerRequestFilter {

	static final String NONCE_ATTRIBUTE = "cspNonce";

	private static final SecureRandom random = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		String nonce = Base64.getEncoder().encodeToString(bytes);
		request.setAttribute(NONCE_ATTRIBUTE, nonce);
		response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-" + nonce
				+ "'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
				+ " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'");
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
	}
}
