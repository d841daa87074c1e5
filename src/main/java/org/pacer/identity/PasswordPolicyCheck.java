package org.pacer.identity;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.pacer.common.RequestWithBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A new password sent to Camunda's REST API (Camunda Admin's "create user" and "change password" use it too) is
 * checked against the password policy before Camunda sees it, so a weak one answers 400 naming the rules it breaks,
 * in Camunda's error format, instead of the engine's 500. The engine still enforces the policy on every other path.
 */
class PasswordPolicyCheck extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(PasswordPolicyCheck.class);

	private static final Pattern CREATE = Pattern.compile(".*/user/create");

	private static final Pattern CREDENTIALS = Pattern.compile(".*/user/([^/]+)/credentials");

	private final IdentityService identity;

	private final ObjectMapper json;

	PasswordPolicyCheck(IdentityService identity, ObjectMapper json) {
		this.identity = identity;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String uri = request.getRequestURI();
		Matcher credentials = CREDENTIALS.matcher(uri);
		boolean create = "POST".equals(request.getMethod()) && CREATE.matcher(uri).matches();
		boolean change = "PUT".equals(request.getMethod()) && credentials.matches();
		if (!create && !change) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readAllBytes();
		JsonNode sent;
		try {
			sent = json.readTree(body);
		}
		catch (JsonProcessingException e) {
			// not JSON: Camunda answers that itself
			sent = null;
		}
		if (sent != null) {
			String password = create ? sent.path("credentials").path("password").asText(null)
					: sent.path("password").asText(null);
			User user = create ? profile(sent.path("profile"))
					: identity.createUserQuery().userId(credentials.group(1)).singleResult();
			PasswordPolicyResult result = password == null ? null
					: user == null ? identity.checkPasswordAgainstPolicy(password)
							: identity.checkPasswordAgainstPolicy(password, user);
			if (result != null && !result.isValid()) {
				String rules = result.getViolatedRules().stream()
						.map(rule -> rule.getPlaceholder() + " " + rule.getParameters())
						.collect(Collectors.joining(", "));
				log.info("Refused a new password for '{}': it breaks the password policy ({})",
						user == null ? null : user.getId(), rules);
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				json.writeValue(response.getOutputStream(), Map.of("type", "InvalidRequestException",
						"message", "The password does not match the password policy: " + rules));
				return;
			}
		}
		chain.doFilter(new RequestWithBody(request, body), response);
	}

	private User profile(JsonNode profile) {
		User user = identity.newUser(profile.path("id").asText(""));
		user.setFirstName(profile.path("firstName").asText(null));
		user.setLastName(profile.path("lastName").asText(null));
		user.setEmail(profile.path("email").asText(null));
		return user;
	}
}
