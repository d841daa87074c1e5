package org.pacer.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets handed to people once (API tokens, invitation links) and kept only as their SHA-256: a copy of the
 * database lets nobody in. 32 random bytes are far beyond guessing, so a plain hash (no salt, no stretching) is enough.
 */
public final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	/** A new secret: the prefix, then 32 random bytes in URL-safe Base64 (it goes into links as it is). */
	public static String newSecret(String prefix) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The SHA-256 of the secret as 64 hex digits: what is stored and looked up. */
	public static String sha256(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
					.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
