package org.pacer.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pacer.common.Errors;
import org.pacer.common.NotFoundException;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.relationship.Provider;
import org.pacer.relationship.ProviderRepository;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: made and revoked by an admin or the provider's lead, the secret shown once and kept only as its
 * SHA-256. A token acts as its provider: it reads and writes that provider's data and no other.
 */
@Service
@Transactional
public class ApiTokens {

	/** Every secret starts with this, so a leaked one is easy to recognise (and to search for in code). */
	static final String PREFIX = "pacer_";

	private static final int MAX_NAME = 50;

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final ProviderLeadRepository leads;

	private final ProviderRepository providers;

	private final ApiSettings settings;

	private final PacerClock clock;

	public ApiTokens(ApiTokenRepository tokens, ProviderLeadRepository leads, ProviderRepository providers,
			ApiSettings settings, PacerClock clock) {
		this.tokens = tokens;
		this.leads = leads;
		this.providers = providers;
		this.settings = settings;
		this.clock = clock;
	}

	/** A token just made, with the secret that is never shown again. */
	public record Issued(ApiToken token, String secret) {
	}

	/** A token as the management page lists it. */
	public record Listed(ApiToken token, Provider provider, boolean active) {
	}

	public Issued create(CurrentUser me, Long providerId, String name, Integer days) {
		Errors errors = new Errors();
		String trimmed = name == null ? "" : name.trim();
		errors.rejectIf(trimmed.isEmpty(), "name", "Name the system that will use the token");
		errors.rejectIf(trimmed.length() > MAX_NAME, "name", "Keep the name under " + MAX_NAME + " characters");
		int validity = days == null ? settings.tokenDays() : days;
		errors.rejectIf(validity < 1 || validity > settings.maxTokenDays(), "days",
				"A token is valid for 1 to " + settings.maxTokenDays() + " days");
		Provider provider = providerId == null ? null : providers.findById(providerId)
				.filter(p -> mayManage(me, p.getId())).orElse(null);
		errors.rejectIf(provider == null, "providerId", "Choose a provider you manage tokens for");
		errors.throwIfAny();
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.now();
		ApiToken token = tokens.save(new ApiToken(provider.getId(), trimmed, hash(secret),
				secret.substring(0, PREFIX.length() + 4), me.id(), now, now.plus(Duration.ofDays(validity))));
		return new Issued(token, secret);
	}

	public void revoke(CurrentUser me, long tokenId) {
		ApiToken token = tokens.findById(tokenId).filter(t -> mayManage(me, t.getProviderId()))
				.orElseThrow(() -> new NotFoundException("Token", tokenId));
		if (token.getRevokedAt() == null) {
			token.revoke(me.id(), clock.now());
		}
	}

	/** The token a secret belongs to, while it is neither expired nor revoked; its use is recorded. */
	public Optional<ApiToken> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Instant now = clock.now();
		return tokens.findBySecretHash(hash(secret)).filter(t -> t.isActive(now)).map(t -> {
			t.used(now);
			return t;
		});
	}

	@Transactional(readOnly = true)
	public Provider providerOf(ApiToken token) {
		return providers.findById(token.getProviderId())
				.orElseThrow(() -> new NotFoundException("Provider", token.getProviderId()));
	}

	/** The tokens the user manages, newest first: all for an admin, their providers' for a lead. */
	@Transactional(readOnly = true)
	public List<Listed> visibleTo(CurrentUser me) {
		Map<Long, Provider> managed = manageable(me).stream()
				.collect(Collectors.toMap(Provider::getId, Function.identity()));
		List<ApiToken> list = isAdmin(me) ? tokens.findAllByOrderByCreatedAtDesc()
				: managed.isEmpty() ? List.of() : tokens.findByProviderIdInOrderByCreatedAtDesc(managed.keySet());
		Instant now = clock.now();
		return list.stream().map(t -> new Listed(t, managed.get(t.getProviderId()), t.isActive(now))).toList();
	}

	/** The providers the user may make tokens for. */
	@Transactional(readOnly = true)
	public List<Provider> manageable(CurrentUser me) {
		if (isAdmin(me)) {
			return providers.findAll();
		}
		Set<Long> led = leads.findByUserId(me.id()).stream().map(ProviderLead::getProviderId)
				.collect(Collectors.toSet());
		return providers.findAllById(led);
	}

	@Transactional(readOnly = true)
	public boolean managesAny(CurrentUser me) {
		return isAdmin(me) || !leads.findByUserId(me.id()).isEmpty();
	}

	/** Makes the user the provider's lead (once). */
	public void appointLead(long providerId, String userId) {
		if (!leads.existsByProviderIdAndUserId(providerId, userId)) {
			leads.save(new ProviderLead(providerId, userId));
		}
	}

	private boolean mayManage(CurrentUser me, Long providerId) {
		return isAdmin(me) || leads.existsByProviderIdAndUserId(providerId, me.id());
	}

	private static boolean isAdmin(CurrentUser me) {
		return me.groups().contains(Roles.ADMINS);
	}

	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
					.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
