package org.pacer.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.pacer.time.PacerClock;

/**
 * The mail outbox. A notification row is written in the same transaction as the event it reports, so a rolled-back
 * event mails nobody. A dispatcher run then (1) turns each PENDING notification into one delivery per person with an
 * address who has not opted out, and (2) sends each due delivery. Both steps start with an UPDATE whose WHERE only
 * one caller can satisfy; whoever gets an update count of 1 owns the row, so a mail goes out once even with several
 * nodes dispatching at the same moment. A failed send is tried again later, with a growing pause, up to a limit.
 * <p>
 * A node that dies between claiming and sending leaves the delivery SENDING; after the claim expires another node
 * sends it. Only a death after the SMTP server accepted the mail and before the SENT update can cause a second copy.
 */
@Component
class MailOutbox {

	static final String PENDING = "PENDING";

	static final String EXPANDED = "EXPANDED";

	static final String EXPIRED = "EXPIRED";

	static final String SENDING = "SENDING";

	static final String SENT = "SENT";

	static final String FAILED = "FAILED";

	/** Longer than the SMTP timeouts of one send, so a claim never expires while its node is still sending. */
	static final Duration CLAIM = Duration.ofMinutes(5);

	private static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	/** Parameters: the engine's now (retries), then the wall clock's (claims). */
	private static final String DUE = "((status = 'PENDING' and next_attempt_at <= ?) or (status = 'SENDING' and claimed_until < ?))";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final IdentityService identity;

	private final NotificationPreferences preferences;

	private final MailComposer composer;

	private final MailSettings settings;

	private final PacerClock clock;

	public MailOutbox(JdbcTemplate jdbc, TransactionTemplate transaction, IdentityService identity,
			NotificationPreferences preferences, MailComposer composer, MailSettings settings, PacerClock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.identity = identity;
		this.preferences = preferences;
		this.composer = composer;
		this.settings = settings;
		this.clock = clock;
	}

	public record Report(int sent, int failed) {
	}

	/** One run: spreads new notifications to their people, then sends what is due. */
	public Report dispatch(JavaMailSender sender) {
		for (Long id : jdbc.queryForList("select id from notification where mail_state = ? order by id fetch first "
				+ BATCH + " rows only", Long.class, PENDING)) {
			transaction.executeWithoutResult(status -> spread(id));
		}
		OffsetDateTime now = at(clock.now());
		int sent = 0;
		int failed = 0;
		for (Long id : jdbc.queryForList("select id from mail_delivery where " + DUE + " order by id fetch first "
				+ BATCH + " rows only", Long.class, now, wallClock())) {
			if (claim(id)) {
				if (send(id, sender)) {
					sent++;
				}
				else {
					failed++;
				}
			}
		}
		return new Report(sent, failed);
	}

	private record Pending(String kind, String user, String group, Instant createdAt) {
	}

	private void spread(long notificationId) {
		Pending n = jdbc.queryForObject(
				"select kind, recipient_user, recipient_group, created_at from notification where id = ?",
				(rs, row) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getObject(4, OffsetDateTime.class).toInstant()),
				notificationId);
		Instant now = clock.now();
		boolean stale = n.createdAt().isBefore(now.minus(settings.maxAge()));
		if (jdbc.update("update notification set mail_state = ? where id = ? and mail_state = ?",
				stale ? EXPIRED : EXPANDED, notificationId, PENDING) == 0) {
			return; // another node spreads it
		}
		if (stale) {
			return;
		}
		for (User user : people(n)) {
			if (user.getEmail() == null || user.getEmail().isBlank()) {
				log.info("No email address for {}: notification {} stays in the app", user.getId(), notificationId);
			}
			else if (!preferences.optedOut(user.getId(), n.kind())) {
				try {
					jdbc.update("insert into mail_delivery (notification_id, recipient_user, address, status, attempts,"
							+ " next_attempt_at) values (?, ?, ?, ?, 0, ?)", notificationId, user.getId(),
							user.getEmail().trim(), PENDING, at(now));
				}
				catch (DuplicateKeyException alreadyThere) {
					// a user listed twice (in two of the recipient's groups) still gets one mail
				}
			}
		}
	}

	private List<User> people(Pending n) {
		return n.user() != null ? identity.createUserQuery().userId(n.user()).list()
				: identity.createUserQuery().memberOfGroup(n.group()).list();
	}

	private boolean claim(long deliveryId) {
		OffsetDateTime wall = wallClock();
		return jdbc.update("update mail_delivery set status = ?, attempts = attempts + 1, claimed_until = ? where id = ? and "
				+ DUE, SENDING, wall.plus(CLAIM), deliveryId, at(clock.now()), wall) == 1;
	}

	/**
	 * A claim measures how long a node has been sending, so it runs on the wall clock. The engine's clock, which
	 * retries and notifications follow, jumps by months in the demo loader and in tests: on it, a claim taken just
	 * before a jump would look expired to the other node, which would send the same mail again.
	 */
	private static OffsetDateTime wallClock() {
		return at(Instant.now());
	}

	private boolean send(long deliveryId, JavaMailSender sender) {
		MailComposer.Letter letter = jdbc.queryForObject("""
				select d.recipient_user, d.address, n.kind, n.subject, n.body, n.link
				from mail_delivery d join notification n on n.id = d.notification_id where d.id = ?""",
				(rs, row) -> new MailComposer.Letter(rs.getString(1), rs.getString(2),
						MailKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6)),
				deliveryId);
		try {
			sender.send(composer.compose(sender, letter, firstName(letter.user())));
		}
		catch (RuntimeException e) {
			failed(deliveryId, letter, e);
			return false;
		}
		// outside the try: once the server has the mail, a failure here must not make it a failed (resent) one
		jdbc.update("update mail_delivery set status = ?, sent_at = ?, claimed_until = null, last_error = null "
				+ "where id = ?", SENT, at(clock.now()), deliveryId);
		return true;
	}

	private void failed(long deliveryId, MailComposer.Letter letter, RuntimeException e) {
		int attempts = jdbc.queryForObject("select attempts from mail_delivery where id = ?", Integer.class, deliveryId);
		boolean giveUp = attempts >= settings.maxAttempts();
		Duration pause = settings.retryDelay().multipliedBy(1L << Math.min(attempts - 1, 16));
		jdbc.update("update mail_delivery set status = ?, next_attempt_at = ?, claimed_until = null, last_error = ? "
				+ "where id = ?", giveUp ? FAILED : PENDING, at(clock.now().plus(pause)), brief(e), deliveryId);
		log.warn("Mail to {} failed (attempt {} of {}{}): {}", letter.address(), attempts, settings.maxAttempts(),
				giveUp ? ", given up" : "", e.getMessage());
	}

	private String firstName(String userId) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		return user == null || user.getFirstName() == null ? userId : user.getFirstName();
	}

	private static String brief(Exception e) {
		String message = e.getClass().getSimpleName() + ": " + e.getMessage();
		return message.length() > 1000 ? message.substring(0, 1000) : message;
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
