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
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity service (hashed and salted there) and turns the user's groups into
 * authorities: GROUP_&lt;id&gt; for each group, ROLE_&lt;role&gt; for groups with a meaning in Pacer.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identity;

	private final Directory directory;

	public CamundaIdentityAuthenticationProvider(IdentityService identity, Directory directory) {
		this.identity = identity;
		this.directory = directory;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String user = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (user == null || user.isBlank() || credentials == null
				|| !identity.checkPassword(user, credentials.toString())) {
			throw new BadCredentialsException("Wrong user name or password");
		}
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
