package org.pacer.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pacer.common.Errors;
import org.pacer.common.NotFoundException;
import org.pacer.common.Secrets;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.people.PersonDeactivated;
import org.pacer.people.ProviderLeads;
import org.pacer.relationship.Provider;
import org.pacer.relationship.ProviderRepository;
import org.pacer.time.PacerClock;
import org.springframework.context.event.EventListener;
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

	private final ApiTokenRepository tokens;

	private final ProviderLeads leads;

	private final ProviderRepository providers;

	private final ApiSettings settings;

	private final PacerClock clock;

	public ApiTokens(ApiTokenRepository tokens, ProviderLeads leads, ProviderRepository providers,
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
		String secret = Secrets.newSecret(PREFIX);
		Instant now = clock.now();
		ApiToken token = tokens.save(new ApiToken(provider.getId(), trimmed, Secrets.sha256(secret),
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
		return tokens.findBySecretHash(Secrets.sha256(secret)).filter(t -> t.isActive(now)).map(t -> {
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
		return providers.findAllById(leads.ledBy(me.id()));
	}

	@Transactional(readOnly = true)
	public boolean managesAny(CurrentUser me) {
		return isAdmin(me) || !leads.ledBy(me.id()).isEmpty();
	}

	/**
	 * A deactivated person's tokens stop working with them: the systems they connected must get a token from someone
	 * still there. Runs in the deactivation's transaction, so both happen or neither.
	 */
	@EventListener
	void revokeTokensOf(PersonDeactivated deactivated) {
		Instant now = clock.now();
		tokens.findByCreatedByAndRevokedAtIsNull(deactivated.userId())
				.forEach(token -> token.revoke(deactivated.actor(), now));
	}

	private boolean mayManage(CurrentUser me, Long providerId) {
		return isAdmin(me) || leads.leads(me.id(), providerId);
	}

	private static boolean isAdmin(CurrentUser me) {
		return me.groups().contains(Roles.ADMINS);
	}
}
