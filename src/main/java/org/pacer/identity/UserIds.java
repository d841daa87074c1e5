package org.pacer.identity;

import java.util.regex.Pattern;

/** What a user id may be, wherever one is made: an invitation, an import, a single sign-on. */
public final class UserIds {

	/** Camunda's whitelist for user ids (user-resource-whitelist-pattern in application.yml). */
	public static final Pattern VALID = Pattern.compile("[a-zA-Z0-9._-]+");

	/** Beyond this a user id is no name people type or read. */
	public static final int MAX_LENGTH = 64;

	private UserIds() {
	}

	public static boolean isValid(String userId) {
		return userId != null && userId.length() <= MAX_LENGTH && VALID.matcher(userId).matches();
	}
}
