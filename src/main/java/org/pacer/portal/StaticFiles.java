package org.pacer.portal;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The portal's static files under content-hashed URLs ({@code /css/pacer-<md5>.css}), cached for a year: a changed file
 * gets a new URL, so a browser never keeps a stale one and never asks twice for the same one. Thymeleaf's
 * {@code @{...}} links go through {@link ResourceUrlEncodingFilter}, which writes the hashed URL; links inside CSS are
 * rewritten the same way. Only these four folders are served: Boot's catch-all {@code /**} handler (switched off by
 * {@code spring.web.resources.add-mappings}) made every page link a lookup in four classpath folders. Decision 23.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

	private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+$");

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		serve(registry, "/css/**", "classpath:/static/css/");
		serve(registry, "/js/**", "classpath:/static/js/");
		serve(registry, "/vendor/**", "classpath:/static/vendor/");
		serve(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/")
				// webjars are linked without their version (/webjars/htmx.org/dist/htmx.min.js)
				.addResolver(new LiteWebJarsResourceResolver());
	}

	private static ResourceChainRegistration serve(ResourceHandlerRegistry registry, String pattern, String location) {
		return registry.addResourceHandler(pattern)
				.addResourceLocations(location)
				.setCacheControl(A_YEAR)
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	/**
	 * A file asked for without its hash (a bookmark, a link built in a script) is revalidated on every use instead of
	 * kept for a year: only a hashed URL is sure to name one content forever.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> unhashedStaticFilesRevalidate() {
		FilterRegistrationBean<OncePerRequestFilter> filter = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				chain.doFilter(request, HASHED.matcher(request.getRequestURI()).matches() ? response
						: new HttpServletResponseWrapper(response) {
							@Override
							public void setHeader(String name, String value) {
								super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? "no-cache" : value);
							}
						});
			}
		});
		filter.addUrlPatterns("/css/*", "/js/*", "/vendor/*", "/webjars/*");
		return filter;
	}

	/** Rewrites the links pages write to the files' hashed URLs (replaces Boot's, which needs its resource chain on). */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> filter = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		// error pages (rendered in an ERROR dispatch) link the same hashed files
		filter.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return filter;
	}
}
