package org.pacer.identity;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.pacer.api.ApiSecurity;
import org.pacer.operations.MonitoringGroup;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for everything. Spring Security authenticates against Camunda's users (form login for pages, HTTP Basic
 * for /engine-rest); Camunda's container-based filters then hand that user and its groups to the engine, so Camunda's
 * authorizations apply in the webapps and the REST API alike.
 */
@Configuration
public class SecurityConfig {

	/** After Spring Security's chain (order -100), so the request already carries the user. */
	private static final int CAMUNDA_FILTER_ORDER = 101;

	/** /api/v1: stateless, an API token or a portal login by HTTP Basic; see org.pacer.api.ApiSecurity. */
	@Bean
	@Order(0)
	SecurityFilterChain api(HttpSecurity http, CamundaIdentityAuthenticationProvider users, ApiSecurity api)
			throws Exception {
		return api.chain(http.securityMatcher("/api/v1/**").authenticationProvider(users));
	}

	@Bean
	@Order(1)
	SecurityFilterChain engineRest(HttpSecurity http, CamundaIdentityAuthenticationProvider users) throws Exception {
		return http.securityMatcher(under("/engine-rest/"))
				.authenticationProvider(users)
				.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
				.httpBasic(basic -> basic.realmName("Pacer"))
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				// stateless Basic authentication carries no cookie to forge
				.csrf(csrf -> csrf.disable())
				.build();
	}

	/**
	 * Actuator: health and its probes are open (status only, for load balancers and orchestrators); metrics and the
	 * rest need HTTP Basic as an administrator or a member of the monitoring group. Stateless, like /engine-rest.
	 */
	@Bean
	@Order(-1)
	SecurityFilterChain operations(HttpSecurity http, CamundaIdentityAuthenticationProvider users) throws Exception {
		return http.securityMatcher(EndpointRequest.toAnyEndpoint())
				.authenticationProvider(users)
				.authorizeHttpRequests(auth -> auth
						.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
						.anyRequest().hasAnyAuthority("ROLE_" + Roles.ROLE_ADMIN, "GROUP_" + MonitoringGroup.ID))
				.httpBasic(basic -> basic.realmName("Pacer"))
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(csrf -> csrf.disable())
				.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, CamundaIdentityAuthenticationProvider users) throws Exception {
		return http.authenticationProvider(users)
				.authorizeHttpRequests(auth -> auth
						.requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/vendor/**", "/favicon.ico")
						.permitAll()
						// editing, deploying and migrating processes: process owners and admins only
						.requestMatchers("/processes", "/processes/**").hasAnyRole(Roles.ROLE_PROCESS_OWNER, Roles.ROLE_ADMIN)
						.anyRequest().authenticated())
				.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
				.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
				.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
						new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						under("/camunda/api/")))
				// the Camunda webapps protect themselves with their own XSRF-TOKEN cookie and header
				.csrf(csrf -> csrf.ignoringRequestMatchers(under("/camunda/")))
				.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
				.httpBasic(Customizer.withDefaults())
				.build();
	}

	/**
	 * Matches on the request URI: /engine-rest and /camunda are served by Camunda's own servlets, where Spring's
	 * path matchers (made for the DispatcherServlet) do not apply.
	 */
	static RequestMatcher under(String prefix) {
		return request -> request.getRequestURI().startsWith(request.getContextPath() + prefix);
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("camunda-rest-authentication");
		registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				ContainerBasedAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(CAMUNDA_FILTER_ORDER);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.setName("camunda-webapp-authentication");
		registration.setInitParameters(
				Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(CAMUNDA_FILTER_ORDER);
		return registration;
	}
}
