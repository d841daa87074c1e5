package org.pacer.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity service (hashed and salted there) and turns the user's groups into
 * authorities: GROUP_&lt;id&gt; for each group, ROLE_&lt;role&gt; for groups with a meaning in Pacer. A right password
 * still lets nobody in whom a {@link SignInGate} refuses (a deactivated person). Every outcome is counted by
 * {@link SignInLimits} for the client address it came from.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identity;

	private final Directory directory;

	private final SignInLimits limits;

	private final ObjectProvider<SignInGate> gates;

	public CamundaIdentityAuthenticationProvider(IdentityService identity, Directory directory, SignInLimits limits,
			ObjectProvider<SignInGate> gates) {
		this.identity = identity;
		this.directory = directory;
		this.limits = limits;
		this.gates = gates;
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
		// after the password: only someone who knows it learns that the account is closed
		if (gates.stream().anyMatch(gate -> !gate.mayEnter(user))) {
			limits.failed(user, address);
			throw new DisabledException("This account is deactivated");
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
