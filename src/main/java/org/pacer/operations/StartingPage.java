package org.pacer.operations;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until Pacer accepts traffic (the web server answers while the demo data and other start-up runners still work),
 * every request but the health probes gets 503 with Retry-After: a "Pacer is starting" page for a browser, problem
 * details for a program. Nobody sees a page of half-loaded data, and nobody signs in to an organisation still being
 * made. The check is one volatile read per request once started.
 */
@Configuration(proxyBeanMethods = false)
class StartingPage {

	static final String RETRY_AFTER_SECONDS = "5";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> startingPageFilter(ApplicationAvailability availability) {
		FilterRegistrationBean<OncePerRequestFilter> filter = new FilterRegistrationBean<>(new Gate(availability));
		// before security, sessions and everything else that would touch the database
		filter.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return filter;
	}

	private static final class Gate extends OncePerRequestFilter {

		private final ApplicationAvailability availability;

		private final byte[] page;

		private volatile boolean started;

		Gate(ApplicationAvailability availability) {
			this.availability = availability;
			try (var in = new ClassPathResource("starting.html", StartingPage.class).getInputStream()) {
				this.page = in.readAllBytes();
			}
			catch (IOException missing) {
				throw new IllegalStateException("starting.html is part of Pacer", missing);
			}
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (started || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health")) {
				chain.doFilter(request, response);
				return;
			}
			if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
				started = true;
				chain.doFilter(request, response);
				return;
			}
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			if (wantsPage(request)) {
				response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
				response.getOutputStream().write(page);
			}
			else {
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
						+ "\"detail\":\"Pacer is starting; try again in " + RETRY_AFTER_SECONDS + " seconds.\"}");
			}
		}

		private static boolean wantsPage(HttpServletRequest request) {
			String accept = request.getHeader(HttpHeaders.ACCEPT);
			return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
		}
	}
}
