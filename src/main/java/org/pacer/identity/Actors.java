package org.pacer.identity;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: the signed-in user of the request (portal, webapps or REST), or null for the engine's own jobs. */
public final class Actors {

	private Actors() {
	}

	public static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() ? null : authentication.getName();
	}

	/** Runs work as the given user, as the demo loader and tests do when they act for people. */
	public static <T> T runAs(String userId, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null, List.of()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public static void runAs(String userId, Runnable work) {
		runAs(userId, () -> {
			work.run();
			return null;
		});
	}
}
