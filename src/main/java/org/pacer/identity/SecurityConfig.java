package org.pacer.identity;

import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for everything. Spring Security authenticates against Camunda's users (form login for pages, HTTP Basic
 * for /engine-rest); Camunda's container-based filters then hand that user and its groups to the engine, so Camunda's
 * authorizations apply in the webapps and the REST API alike. Provider users work in the portal and /api/v1 only:
 * /engine-rest and the webapps are for Pacer's own staff (docs/decisions/0012-doors-and-sign-in.md).
 */
@Configuration
class SecurityConfig {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

	/** After Spring Security's chain (order -100), so the request already carries the user. */
	private static final int CAMUNDA_FILTER_ORDER = 101;

	/** Signed in, and not a member of a provider's group. */
	private static final AuthorizationManager<RequestAuthorizationContext> STAFF = AuthorizationManagers.allOf(
			AuthenticatedAuthorizationManager.authenticated(),
			AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole(Roles.ROLE_PROVIDER)));

	/**
	 * Camunda's own password checks, outside Pacer's sign-in limits: the webapps' login form (unused, the webapps take
	 * the portal's sign-in) and the REST API's verify, which checks any user's password.
	 */
	private static final RequestMatcher CAMUNDA_PASSWORD_CHECKS = request -> {
		String uri = request.getRequestURI();
		return uri.endsWith("/identity/verify")
				|| uri.startsWith(request.getContextPath() + "/camunda/api/admin/auth/user/") && uri.contains("/login");
	};

	/**
	 * /error asked for by name rather than reached through an error (which sets the status it shows): there is nothing
	 * to show, and Spring Boot's error controller would call it a 500.
	 */
	private static final RequestMatcher ERROR_PAGE_BY_NAME = request -> request
			.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null
			&& request.getRequestURI().equals(request.getContextPath() + "/error");

	private final SignInLimitFilter signInLimits;

	SecurityConfig(SignInLimits limits, ObjectMapper json) {
		this.signInLimits = new SignInLimitFilter(limits, json);
	}

	/**
	 * How another module's stateless chain signs people in: Camunda's users only, behind the sign-in limits. The API
	 * module builds /api/v1's chain with it, so the rules of signing in stay here.
	 */
	@Bean
	SignIn signIn(CamundaIdentityAuthenticationProvider users) {
		return http -> http.authenticationManager(only(users)).addFilterBefore(signInLimits,
				BasicAuthenticationFilter.class);
	}

	@Bean
	@Order(1)
	SecurityFilterChain engineRest(HttpSecurity http, CamundaIdentityAuthenticationProvider users) throws Exception {
		return http.securityMatcher(under("/engine-rest/"))
				.authenticationManager(only(users))
				.addFilterBefore(signInLimits, BasicAuthenticationFilter.class)
				.authorizeHttpRequests(auth -> auth
						.requestMatchers(CAMUNDA_PASSWORD_CHECKS).denyAll()
						.anyRequest().access(STAFF))
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
				.authenticationManager(only(users))
				.addFilterBefore(signInLimits, BasicAuthenticationFilter.class)
				.authorizeHttpRequests(auth -> auth
						.requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
						.anyRequest().hasAnyAuthority("ROLE_" + Roles.ROLE_ADMIN, "GROUP_" + Roles.MONITORING))
				.httpBasic(basic -> basic.realmName("Pacer"))
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(csrf -> csrf.disable())
				.build();
	}

	@Bean
	SignInOptions signInOptions(SsoSettings sso) {
		return new SignInOptions(sso.enabled() ? sso.label() : null);
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, CamundaIdentityAuthenticationProvider users,
			ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> staffSingleSignOn) throws Exception {
		OAuth2UserService<OidcUserRequest, OidcUser> staff = staffSingleSignOn.getIfAvailable();
		AuthenticationManager signIns = only(users);
		if (staff != null) {
			// the chain's own manager (below) would not know the login's provider that oauth2Login registers
			signIns = new ProviderManager(users, new OidcAuthorizationCodeAuthenticationProvider(
					new RestClientAuthorizationCodeTokenResponseClient(), staff));
			// the identity provider's answer comes back to /login/oauth2/code/staff; a refusal to the sign-in page
			http.oauth2Login(sso -> sso.loginPage("/login")
					.userInfoEndpoint(info -> info.oidcUserService(staff))
					.defaultSuccessUrl("/", false)
					.failureHandler((request, response, refused) -> {
						request.getSession().setAttribute(SignInOptions.REFUSAL, refused.getMessage());
						response.sendRedirect(request.getContextPath() + "/login?sso-refused");
					}));
		}
		return http.authenticationManager(signIns)
				.addFilterBefore(signInLimits, UsernamePasswordAuthenticationFilter.class)
				.addFilterBefore(new ContentSecurityPolicy(), HeaderWriterFilter.class)
				.authorizeHttpRequests(auth -> auth
						.requestMatchers(ERROR_PAGE_BY_NAME, CAMUNDA_PASSWORD_CHECKS).denyAll()
						.requestMatchers(under("/camunda/")).access(STAFF)
						.requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**", "/vendor/**", "/favicon.ico")
						.permitAll()
						// an invitation's link, for someone who has no password yet (the people module checks the link)
						.requestMatchers("/invitations/*").permitAll()
						// editing, deploying and migrating processes: process owners and admins only
						.requestMatchers("/processes", "/processes/**").hasAnyRole(Roles.ROLE_PROCESS_OWNER, Roles.ROLE_ADMIN)
						.anyRequest().authenticated())
				.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
				.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
				.exceptionHandling(errors -> errors
						.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
								under("/camunda/api/"))
						.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND),
								ERROR_PAGE_BY_NAME)
						.accessDeniedHandler((request, response, denied) -> response.sendError(
								ERROR_PAGE_BY_NAME.matches(request) ? 404 : 403)))
				// the Camunda webapps protect themselves with their own XSRF-TOKEN cookie and header
				.csrf(csrf -> csrf.ignoringRequestMatchers(under("/camunda/")))
				.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
				.httpBasic(Customizer.withDefaults())
				.build();
	}

	/**
	 * Each chain checks a password once. With authenticationProvider(...) the chain's manager had Boot's global one,
	 * holding the same provider, as its parent, which checked a wrong password a second time: two failures counted.
	 */
	private static AuthenticationManager only(CamundaIdentityAuthenticationProvider users) {
		return new ProviderManager(users);
	}

	/**
	 * Requests the firewall refuses (a doubled slash, an encoded letter, a path parameter: ways to slip past path
	 * rules) answer 400 with Pacer's error page or JSON, and one INFO line, instead of a 500.
	 */
	@Bean
	RequestRejectedHandler requestRejected() {
		return (request, response, rejected) -> {
			log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), rejected.getMessage());
			response.sendError(HttpStatus.BAD_REQUEST.value());
		};
	}

	/** Also the firewall of Spring Security's chains, which takes an HttpFirewall bean. */
	@Bean
	HttpFirewall firewall() {
		return new PacerFirewall();
	}

	/**
	 * The firewall's check, before any other filter: Spring's path parsing (ServletRequestPathFilter, in front of the
	 * security chains) fails on such paths with an IllegalArgumentException, a 500, before the chain's firewall runs.
	 */
	@Bean
	FilterRegistrationBean<Filter> firewallFirst(HttpFirewall firewall, RequestRejectedHandler rejected) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			try {
				firewall.getFirewalledRequest((HttpServletRequest) request);
			}
			catch (RequestRejectedException e) {
				rejected.handle((HttpServletRequest) request, (HttpServletResponse) response, e);
				return;
			}
			chain.doFilter(request, response);
		});
		registration.setName("pacer-firewall");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	/** A weak new password given to Camunda's REST API (and so Camunda Admin) answers 400, not the engine's 500. */
	@Bean
	FilterRegistrationBean<PasswordPolicyCheck> passwordPolicyCheck(IdentityService identity, ObjectMapper json) {
		FilterRegistrationBean<PasswordPolicyCheck> registration = new FilterRegistrationBean<>(
				new PasswordPolicyCheck(identity, json));
		registration.addUrlPatterns("/engine-rest/user/*", "/camunda/api/engine/engine/*");
		registration.setOrder(CAMUNDA_FILTER_ORDER + 1);
		return registration;
	}

	/** Camunda Admin's sign-out ends the session; its unlock lifts Pacer's sign-in locks too. */
	@Bean
	FilterRegistrationBean<WebappSignOut> webappSignOut() {
		FilterRegistrationBean<WebappSignOut> registration = new FilterRegistrationBean<>(new WebappSignOut());
		registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
		registration.setOrder(CAMUNDA_FILTER_ORDER + 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<WebappUnlock> webappUnlock(SignInLimits limits) {
		FilterRegistrationBean<WebappUnlock> registration = new FilterRegistrationBean<>(new WebappUnlock(limits));
		registration.addUrlPatterns("/engine-rest/user/*", "/camunda/api/engine/engine/*");
		registration.setOrder(CAMUNDA_FILTER_ORDER + 1);
		return registration;
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
