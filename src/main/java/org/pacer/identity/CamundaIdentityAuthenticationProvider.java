package org.pacer.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity service (hashed and salted there) and turns the user's groups into
 * authorities: GROUP_&lt;id&gt; for each group, ROLE_&lt;role&gt; for groups with a meaning in Pacer. Every outcome
 * is counted by {@link SignInLimits} for the client address it came from.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identity;

	private final Directory directory;

	private final SignInLimits limits;

	public CamundaIdentityAuthenticationProvider(IdentityService identity, Directory directory, SignInLimits limits) {
		this.identity = identity;
		this.directory = directory;
		this.limits = limits;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String user = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (user == null || user.isBlank() || credentials == null) {
			throw new BadCredentialsException("Wrong user name or password");
		}
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "unknown";
		if (!identity.checkPassword(user, credentials.toString())) {
			limits.failed(user, address);
			throw new BadCredentialsException("Wrong user name or password");
		}
		limits.succeeded(user, address);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities(user));
	}

	List<GrantedAuthority> authorities(String user) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (String group : directory.groupsOf(user)) {
			authorities.add(new SimpleGrantedAuthority("GROUP_" + group));
			String role = Roles.roleOf(group);
			if (role != null && authorities.stream().noneMatch(a -> a.getAuthority().equals("ROLE_" + role))) {
				authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
			}
		}
		return authorities;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
