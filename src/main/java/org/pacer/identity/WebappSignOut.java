package org.pacer.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signing out in Tasklist, Cockpit or Admin ends the whole session, not only the webapps' own record of the user:
 * otherwise the portal and the container-based sign-in would let the same browser straight back in. Acts after
 * Camunda has accepted the logout (its XSRF check included), so a refused one changes nothing.
 */
class WebappSignOut extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, response);
		if ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/logout")
				&& response.getStatus() < 300) {
			new SecurityContextLogoutHandler().logout(request, response,
					SecurityContextHolder.getContext().getAuthentication());
		}
	}
}
