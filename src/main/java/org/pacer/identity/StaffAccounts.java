package org.pacer.identity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.pacer.time.PacerClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff who sign in through the organisation's identity provider: their Camunda user is created at the first sign-in
 * and their staff groups follow the provider's groups claim at every sign-in, so the engine, Tasklist and the portal
 * see the same groups as a password user's. Provider people never sign in this way: they keep invitation accounts.
 */
@Component
class StaffAccounts {

	private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

	/** What the identity provider says about the person signing in. */
	record Claims(String issuer, String subject, String userName, String email, String givenName, String familyName,
			List<String> groups) {
	}

	/** A sign-in Pacer refuses, with the reason the person reads on the sign-in page. */
	static class Refused extends RuntimeException {

		Refused(String reason) {
			super(reason);
		}
	}

	private final IdentityService identity;

	private final Directory directory;

	private final SsoAccountRepository accounts;

	private final ObjectProvider<SignInGate> gates;

	private final PacerClock clock;

	StaffAccounts(IdentityService identity, Directory directory, SsoAccountRepository accounts,
			ObjectProvider<SignInGate> gates, PacerClock clock) {
		this.identity = identity;
		this.directory = directory;
		this.accounts = accounts;
		this.gates = gates;
		this.clock = clock;
	}

	/** The Pacer user id the person signs in as, their account made or brought up to date; or refused. */
	@Transactional
	String signIn(Claims claims, Map<String, List<String>> staffGroups) {
		String userId = userIdOf(claims.userName());
		Set<String> wanted = staffGroups.entrySet().stream()
				.filter(role -> role.getValue().stream().anyMatch(claims.groups()::contains)).map(Map.Entry::getKey)
				.collect(Collectors.toSet());
		if (wanted.isEmpty()) {
			throw refused(userId, "Your organisation's account has no Pacer role. Ask your administrator to add you "
					+ "to one of Pacer's groups.");
		}
		SsoAccount account = accounts.findById(userId).orElse(null);
		if (account != null && !account.isAccount(claims.issuer(), claims.subject())) {
			throw refused(userId, "The user name " + userId + " is already linked to another account of your "
					+ "organisation. Ask an administrator.");
		}
		if (accounts.findByIssuerAndSubject(claims.issuer(), claims.subject())
				.filter(linked -> !linked.getUserId().equals(userId)).isPresent()) {
			throw refused(userId, "Your organisation's account is linked to another Pacer user name. Ask an "
					+ "administrator.");
		}
		User user = identity.createUserQuery().userId(userId).singleResult();
		if (user != null && directory.groupsOf(userId).stream().anyMatch(g -> g.startsWith(Roles.PROVIDER_GROUP_PREFIX))) {
			throw refused(userId, "The user name " + userId + " belongs to a provider's person, who signs in with a "
					+ "password.");
		}
		// an account made with a password before single sign-on was on is taken over only by the same address
		if (user != null && account == null && !sameAddress(user.getEmail(), claims.email())) {
			throw refused(userId, "A Pacer account named " + userId + " exists with another email address. Ask an "
					+ "administrator.");
		}
		if (gates.stream().anyMatch(gate -> !gate.mayEnter(userId))) {
			throw refused(userId, "This account is deactivated.");
		}
		saveUser(user == null ? identity.newUser(userId) : user, claims);
		for (String group : staffGroups.keySet()) {
			boolean member = directory.isMember(userId, group);
			if (wanted.contains(group) && !member) {
				directory.ensureGroup(group, Roles.STAFF_GROUPS.get(group));
				identity.createMembership(userId, group);
			}
			else if (!wanted.contains(group) && member) {
				identity.deleteMembership(userId, group);
			}
		}
		if (account == null) {
			accounts.save(new SsoAccount(userId, claims.issuer(), claims.subject(), clock.now()));
			log.info("Single sign-on: {} linked to {} at {}", userId, claims.subject(), claims.issuer());
		}
		else {
			account.signedIn(clock.now());
		}
		return userId;
	}

	/** The user name as Pacer keeps it: lower case, an address cut to the part before the @. */
	private String userIdOf(String userName) {
		String name = userName == null ? "" : userName.strip().toLowerCase(Locale.ROOT);
		int at = name.indexOf('@');
		String userId = at < 0 ? name : name.substring(0, at);
		if (!UserIds.isValid(userId)) {
			throw refused(name, "Your organisation's account gives no user name Pacer can use (up to "
					+ UserIds.MAX_LENGTH + " letters, digits, dots, dashes and underscores). Ask your administrator.");
		}
		return userId;
	}

	private void saveUser(User user, Claims claims) {
		user.setFirstName(orEmpty(claims.givenName()));
		user.setLastName(orEmpty(claims.familyName()).isEmpty() && orEmpty(claims.givenName()).isEmpty()
				? user.getId() : orEmpty(claims.familyName()));
		user.setEmail(claims.email());
		if (!(identity instanceof IdentityServiceImpl engine)) {
			throw new IllegalStateException("Single sign-on needs Camunda's own identity service");
		}
		// no password: the person signs in only through the identity provider, so there is no policy to meet
		engine.saveUser(user, true);
	}

	private static boolean sameAddress(String a, String b) {
		return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value.strip();
	}

	private static Refused refused(String userId, String reason) {
		log.info("Single sign-on refused for {}: {}", userId, reason);
		return new Refused(reason);
	}
}
