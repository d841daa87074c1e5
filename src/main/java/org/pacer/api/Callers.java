package org.pacer.api;

import org.springframework.security.core.Authentication;

/** Who calls the API, as its limits and its idempotency keys count them: a token by its id, a person by name. */
final class Callers {

	private Callers() {
	}

	static String key(Authentication caller) {
		return caller.getDetails() instanceof Long tokenId ? "token:" + tokenId : "user:" + caller.getName();
	}
}
