package org.pacer.identity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in person as pages and access checks see them: id, groups and roles. */
public record CurrentUser(String id, Set<String> groups, Set<String> roles) {

	/** The person signed in to this request; refused when nobody is. */
	public static CurrentUser signedIn() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			throw new AccessDeniedException("Not signed in");
		}
		return of(authentication);
	}

	public static CurrentUser of(Authentication authentication) {
		Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
				.collect(Collectors.toSet());
		return new CurrentUser(authentication.getName(),
				authorities.stream().filter(a -> a.startsWith("GROUP_")).map(a -> a.substring(6)).collect(Collectors.toSet()),
				authorities.stream().filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).collect(Collectors.toSet()));
	}

	public boolean has(String role) {
		return roles.contains(role);
	}

	/** Provider people (vendors and internal team leads) see only their own provider's work. */
	public boolean isProvider() {
		return !providerGroups().isEmpty();
	}

	public boolean isManager() {
		return has(Roles.ROLE_MANAGER);
	}

	/** Client-side people with a view over every relationship. */
	public boolean seesAllRelationships() {
		return !isProvider() && (isManager() || has(Roles.ROLE_ADMIN) || has(Roles.ROLE_SOURCING_BOARD)
				|| has(Roles.ROLE_PROCESS_OWNER));
	}

	public List<String> providerGroups() {
		return groups.stream().filter(g -> g.startsWith(Roles.PROVIDER_GROUP_PREFIX)).sorted().toList();
	}
}
