package org.pacer.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.pacer.audit.AuditLog;
import org.pacer.common.Errors;
import org.pacer.common.NotFoundException;
import org.pacer.common.Secrets;
import org.pacer.common.UserInput;
import org.pacer.common.ValidationException;
import org.pacer.identity.UserIds;
import org.pacer.people.People.Invite;
import org.pacer.relationship.ProviderRepository;
import org.pacer.time.PacerClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations from the first mail to the password set: checked input, a secret kept only as its hash, a new secret on
 * every resend, and a link that works once, for seven days, until revoked. The Camunda user is made only when the
 * person sets their password, so a revoked or expired invitation leaves no half-made account behind.
 */
@Service
@Transactional
class Invitations {

	static final Duration VALID_FOR = Duration.ofDays(7);

	static final int MAX_EMAIL = 254;

	static final int MAX_USER_ID = UserIds.MAX_LENGTH;

	private static final Logger log = LoggerFactory.getLogger(Invitations.class);

	/** Enough to catch a typo'd address; the mail server has the last word. */
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");


	private final InvitationRepository invitations;

	private final PeopleAccess access;

	private final IdentityService identity;

	private final ProviderRepository providers;

	private final ProviderLeads leads;

	private final AuditLog audit;

	private final PacerClock clock;

	Invitations(InvitationRepository invitations, PeopleAccess access, IdentityService identity,
			ProviderRepository providers, ProviderLeads leads, AuditLog audit, PacerClock clock) {
		this.invitations = invitations;
		this.access = access;
		this.identity = identity;
		this.providers = providers;
		this.leads = leads;
		this.audit = audit;
		this.clock = clock;
	}

	/** An invitation with the secret of its link, which exists nowhere else once this is sent or shown. */
	record Issued(Invitation invitation, Place place, String secret) {

		String path() {
			return InvitationController.PATH + secret;
		}
	}

	Issued invite(PeopleScope me, Invite request) {
		Errors errors = new Errors();
		String name = errors.text(request.name(), "name", UserInput.MAX_NAME);
		String email = errors.text(request.email(), "email", MAX_EMAIL);
		String userId = errors.text(request.userId(), "userId", MAX_USER_ID);
		errors.rejectIf(name == null, "name", "Give the person's name");
		errors.rejectIf(email == null, "email", "Give the address the invitation goes to");
		if (email != null) {
			email = email.toLowerCase(Locale.ROOT);
			errors.rejectIf(!EMAIL.matcher(email).matches(), "email", "Give an address such as ana@vendor.example");
			if (identity.createUserQuery().userEmail(email).count() > 0
					|| invitations.existsByEmailIgnoreCaseAndAcceptedAtIsNullAndRevokedAtIsNull(email)) {
				errors.reject("email", "Someone with this address is already in Pacer or invited");
			}
			if (userId == null && EMAIL.matcher(email).matches()) {
				// a wrong address is named once, not again as the user name made from it
				userId = userIdFrom(email);
			}
		}
		if (userId != null) {
			errors.rejectIf(!UserIds.VALID.matcher(userId).matches(), "userId",
					"Use letters, digits, dots, hyphens or underscores in the user name");
			if (identity.createUserQuery().userId(userId).count() > 0
					|| invitations.existsByUserIdIgnoreCaseAndAcceptedAtIsNullAndRevokedAtIsNull(userId)) {
				errors.reject("userId", "The user name '" + userId + "' is taken: choose another one");
			}
		}
		Place place = request.group() == null ? null : access.place(me, request.group()).orElse(null);
		errors.rejectIf(place == null, "group", "Choose a role or a provider whose people you manage");
		errors.rejectIf(place != null && !place.isOpen(), "group", "This provider is archived: it takes no new people");
		errors.rejectIf(request.asLead() && place != null && place.isStaff(), "lead",
				"Only a provider's people lead it: a staff role has no lead");
		errors.throwIfAny();
		Invitation invitation = new Invitation(userId, email, name, place.groupId(), request.asLead(), me.actor());
		String secret = issue(invitation);
		invitations.save(invitation);
		audit.record(null, me.actor(), "PERSON_INVITED", name + " (" + userId + ", " + email + ") invited to "
				+ place.title() + (request.asLead() ? " as its lead" : ""));
		return new Issued(invitation, place, secret);
	}

	/** A new link for a pending invitation (also an expired one); the link sent before stops working. */
	Issued resend(PeopleScope me, long invitationId) {
		Invitation invitation = managed(me, invitationId);
		String secret = issue(invitation);
		audit.record(null, me.actor(), "INVITATION_RESENT", invitation.getUserId() + " (" + invitation.getEmail()
				+ "): a new link, the earlier one no longer works");
		return new Issued(invitation, access.place(me, invitation.getGroupId()).orElseThrow(), secret);
	}

	void revoke(PeopleScope me, long invitationId) {
		Invitation invitation = managed(me, invitationId);
		invitation.revoke(me.actor(), clock.now());
		audit.record(null, me.actor(), "INVITATION_REVOKED", invitation.getUserId() + " (" + invitation.getEmail() + ")");
	}

	/** Why a link leads nowhere; the page says it in these words. */
	enum Closed {
		UNKNOWN("This link is not (or no longer) valid. If you were sent a newer invitation, use its link."),
		USED("This invitation has been used: the password is set. Sign in with your user name."),
		REVOKED("This invitation was withdrawn. Ask the person who invited you if you still need access."),
		EXPIRED("This invitation has expired. Ask the person who invited you to send it again.");

		private final String message;

		Closed(String message) {
			this.message = message;
		}

		String message() {
			return message;
		}
	}

	/** A link that cannot be used, and why. */
	static final class LinkClosed extends RuntimeException {

		private final Closed reason;

		LinkClosed(Closed reason) {
			super(reason.message());
			this.reason = reason;
		}

		Closed reason() {
			return reason;
		}
	}

	/** The invitation behind a link while it can be used. */
	@Transactional(readOnly = true)
	Invitation open(String secret) {
		Invitation invitation = secret == null || secret.isBlank() ? null
				: invitations.findByTokenHash(Secrets.sha256(secret)).orElse(null);
		if (invitation == null) {
			throw new LinkClosed(Closed.UNKNOWN);
		}
		if (invitation.getAcceptedAt() != null) {
			throw new LinkClosed(Closed.USED);
		}
		if (invitation.getRevokedAt() != null) {
			throw new LinkClosed(Closed.REVOKED);
		}
		if (!invitation.isOpen(clock.now())) {
			throw new LinkClosed(Closed.EXPIRED);
		}
		return invitation;
	}

	/** The person sets their password: the account is made, joins its group, and the link is spent. */
	Invitation accept(String secret, String password, String repeated) {
		Invitation invitation = open(secret);
		Errors errors = new Errors();
		errors.rejectIf(password == null || password.isEmpty(), "password", "Choose a password");
		errors.rejectIf(password != null && !password.isEmpty() && !password.equals(repeated), "passwordRepeat",
				"The two passwords differ");
		errors.throwIfAny();
		User user = identity.newUser(invitation.getUserId());
		String name = invitation.getDisplayName();
		int space = name.lastIndexOf(' ');
		user.setFirstName(space < 0 ? name : name.substring(0, space));
		user.setLastName(space < 0 ? "" : name.substring(space + 1));
		user.setEmail(invitation.getEmail());
		PasswordPolicyResult policy = identity.checkPasswordAgainstPolicy(password, user);
		if (!policy.isValid()) {
			log.info("Refused a password for invited '{}': it breaks the password policy", invitation.getUserId());
			throw ValidationException.of("password", "The password is too weak: use "
					+ String.join(", ", policy.getViolatedRules().stream().map(Invitations::rule).toList()));
		}
		if (identity.createUserQuery().userId(invitation.getUserId()).count() > 0) {
			// made meanwhile through another door (Camunda Admin): the invitation cannot make it again
			throw ValidationException.of("password", "The user name '" + invitation.getUserId()
					+ "' was taken meanwhile: ask for a new invitation");
		}
		user.setPassword(password);
		identity.saveUser(user);
		identity.createMembership(invitation.getUserId(), invitation.getGroupId());
		if (invitation.isLead()) {
			// the provider's lead from now on, as the inviter chose; its lead manages its people and tokens
			providers.findByCandidateGroup(invitation.getGroupId())
					.ifPresent(provider -> leads.appoint(provider.getId(), invitation.getUserId()));
		}
		invitation.accepted(clock.now());
		audit.record(null, invitation.getUserId(), "PERSON_JOINED", invitation.getUserId() + " set a password and "
				+ "joined " + invitation.getGroupId() + " (invited by " + invitation.getInvitedBy() + ")");
		return invitation;
	}

	private String issue(Invitation invitation) {
		String secret = Secrets.newSecret("");
		Instant now = clock.now();
		invitation.issue(Secrets.sha256(secret), now, now.plus(VALID_FOR));
		return secret;
	}

	/** A pending invitation to a group the person manages; any other answers "not found". */
	private Invitation managed(PeopleScope me, long invitationId) {
		return invitations.findById(invitationId).filter(Invitation::isPending)
				.filter(i -> access.place(me, i.getGroupId()).isPresent())
				.orElseThrow(() -> new NotFoundException("Invitation", invitationId));
	}

	/** "ana.smith@vendor.example" -> "ana.smith": what people type to sign in. */
	static String userIdFrom(String email) {
		String local = email.substring(0, Math.max(email.indexOf('@'), 0)).toLowerCase(Locale.ROOT)
				.replaceAll("[^a-z0-9._-]+", "-");
		return local.length() > MAX_USER_ID ? local.substring(0, MAX_USER_ID) : local;
	}

	/** Camunda names its rules (PASSWORD_POLICY_LENGTH with minLength 10); people read "10 characters". */
	private static String rule(PasswordPolicyRule rule) {
		var parameters = rule.getParameters();
		String count = parameters == null || parameters.isEmpty() ? "" : parameters.values().iterator().next() + " ";
		return switch (rule.getPlaceholder()) {
			case "PASSWORD_POLICY_LENGTH" -> "at least " + count + "characters";
			case "PASSWORD_POLICY_LOWERCASE" -> "at least " + count + "lower-case letter(s)";
			case "PASSWORD_POLICY_UPPERCASE" -> "at least " + count + "upper-case letter(s)";
			case "PASSWORD_POLICY_DIGIT" -> "at least " + count + "digit(s)";
			case "PASSWORD_POLICY_SPECIAL" -> "at least " + count + "special character(s)";
			case "PASSWORD_POLICY_USER_DATA" -> "no part of your user name, name or address";
			default -> rule.getPlaceholder();
		};
	}

}
