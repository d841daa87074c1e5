package org.pacer.people;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.pacer.common.NotFoundException;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Directory;
import org.pacer.notification.InvitationMail;
import org.pacer.people.Invitations.Issued;
import org.pacer.relationship.Provider;
import org.pacer.relationship.ProviderRepository;
import org.pacer.time.PacerClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Pacer's people, as the People pages and /api/v1 manage them: administrators every staff group and provider, a
 * provider's lead their own provider's people. Adding someone is an invitation; deactivating someone ends what they
 * held. Each step that writes runs in its own transaction ({@link Invitations}, {@link Deactivations}); what must not
 * happen before the commit (a mail with the link, ending sessions) happens here, after it.
 */
@Service
public class People {

	private static final Logger log = LoggerFactory.getLogger(People.class);

	private final Invitations invitations;

	private final Deactivations deactivations;

	private final PeopleAccess access;

	private final ProviderLeads leads;

	private final PeopleList list;

	private final IdentityService identity;

	private final Directory directory;

	private final ProviderRepository providers;

	private final InvitationMail mail;

	private final FindByIndexNameSessionRepository<?> sessions;

	private final PacerClock clock;

	People(Invitations invitations, Deactivations deactivations, PeopleAccess access, ProviderLeads leads,
			PeopleList list, IdentityService identity,
			Directory directory, ProviderRepository providers, InvitationMail mail, FindByIndexNameSessionRepository<?> sessions,
			PacerClock clock) {
		this.invitations = invitations;
		this.deactivations = deactivations;
		this.access = access;
		this.leads = leads;
		this.list = list;
		this.identity = identity;
		this.directory = directory;
		this.providers = providers;
		this.mail = mail;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * What an invitation form, API call or import row says: group is a staff group id or a provider's group id; lead
	 * (a provider's group only) makes the person its lead once they join.
	 */
	public record Invite(String name, String email, String userId, String group, Boolean lead) {

		/** Left out (the form's box unticked, the API's field absent): not the lead. */
		public boolean asLead() {
			return Boolean.TRUE.equals(lead);
		}
	}

	/**
	 * An invitation just sent. {@code link} is the path with the secret when it was not mailed (mail off, or the
	 * server refused): the one chance to pass it on. Null when the mail went out.
	 */
	public record Invited(long invitationId, String userId, String email, String group, Instant expiresAt,
			boolean mailed, String link) {
	}

	/** One row of a People page or of GET /api/v1/people. */
	public record Member(String userId, String name, String email, String group, String groupTitle, Long providerId,
			State state, boolean lead, Long invitationId, Instant expiresAt) {
	}

	public enum State {
		ACTIVE, INVITED, DEACTIVATED
	}

	public boolean managesAny(CurrentUser me) {
		return me != null && access.managesAny(me);
	}

	/** What a signed-in person manages: refused (403) for anyone who manages nobody's people. */
	public PeopleScope scopeOf(CurrentUser me) {
		return access.scopeOf(me);
	}

	/** The groups whose people are in the scope, staff groups first. */
	public List<Place> places(PeopleScope me) {
		return access.places(me);
	}

	/** The groups the person may invite into, as the form offers them: archived providers take nobody new. */
	public List<Place> invitable(PeopleScope me) {
		return places(me).stream().filter(Place::isOpen).toList();
	}

	/** Pacer's time, which tests move: a page tells an expired invitation from an open one by it. */
	public Instant now() {
		return clock.now();
	}

	/** For the set-up page: at least one provider has a person who can sign in. */
	public boolean anyProviderHasPeople() {
		return list.anyProviderHasMembers();
	}

	public Invited invite(PeopleScope me, Invite request) {
		return send(invitations.invite(me, request));
	}

	/**
	 * Invites as {@link #invite} does, within the caller's transaction (an import's), and mails the link only once
	 * that transaction commits: an import's check, which rolls back, mails nobody. An invitation that could not be
	 * mailed waits on the People page, where "Send again" shows a new link once.
	 */
	public void inviteWhenCommitted(PeopleScope me, Invite request) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Inviting on commit needs the caller's transaction");
		}
		InvitationMail.Letter letter = letter(invitations.invite(me, request));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				mail.send(letter);
			}
		});
	}

	public Invited resend(PeopleScope me, long invitationId) {
		return send(invitations.resend(me, invitationId));
	}

	public void revoke(PeopleScope me, long invitationId) {
		invitations.revoke(me, invitationId);
	}

	/** Deactivates the person, then ends every session they have open, on any node. Returns tasks handed back. */
	public int deactivate(PeopleScope me, String userId) {
		int handedBack = deactivations.deactivate(me, userId);
		var open = sessions.findByPrincipalName(userId).keySet();
		open.forEach(sessions::deleteById);
		log.info("Deactivated {}: {} session(s) ended, {} task(s) handed back", userId, open.size(), handedBack);
		return handedBack;
	}

	/** Lets a deactivated person sign in again, back in the groups they left; returns those groups. */
	public List<String> reactivate(PeopleScope me, String userId) {
		List<String> groups = deactivations.reactivate(me, userId);
		log.info("Reactivated {} by {}", userId, me.actor());
		return groups;
	}

	/** Makes an active member of a provider the person manages its lead. */
	public void makeLead(PeopleScope me, String userId, long providerId) {
		Provider provider = providers.findById(providerId).orElse(null);
		if (provider == null || access.place(me, provider.getCandidateGroup()).isEmpty()
				|| identity.createUserQuery().userId(userId).memberOfGroup(provider.getCandidateGroup()).count() == 0) {
			throw new NotFoundException("Person", userId);
		}
		leads.appointBy(me.actor(), provider, userId);
	}

	/** Everyone in the groups the person manages: members, pending invitations and deactivated former members. */
	public List<Member> visibleTo(PeopleScope me) {
		return list.of(me, Pageable.unpaged()).getContent();
	}

	/** One page of {@link #visibleTo(PeopleScope)}, paged in the database. */
	public Page<Member> visibleTo(PeopleScope me, Pageable page) {
		return list.of(me, page);
	}

	/** One person's rows of {@link #visibleTo(PeopleScope)}; not found when the person is in none of its groups. */
	public List<Member> person(PeopleScope me, String userId) {
		List<Member> rows = list.of(me, userId, Pageable.unpaged()).getContent();
		if (rows.isEmpty()) {
			throw new NotFoundException("Person", userId);
		}
		return rows;
	}

	private Invited send(Issued issued) {
		Invitation invitation = issued.invitation();
		boolean mailed = mail.send(letter(issued));
		return new Invited(invitation.getId(), invitation.getUserId(), invitation.getEmail(), invitation.getGroupId(),
				invitation.getExpiresAt(), mailed, mailed ? null : issued.path());
	}

	private InvitationMail.Letter letter(Issued issued) {
		Invitation invitation = issued.invitation();
		return new InvitationMail.Letter(invitation.getEmail(), invitation.getDisplayName(),
				directory.displayName(invitation.getInvitedBy()), issued.place().title(), issued.path(),
				invitation.getExpiresAt(), clock.zone());
	}
}
