package org.pacer.notification;

import java.util.Collection;
import java.util.List;

import org.pacer.time.PacerClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records notifications for users and groups. Each event carries a key; the same key never notifies twice,
 * so a retried job or a re-run delegate stays quiet.
 */
@Service
public class NotificationService {

	private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

	private static final int MAX_SUBJECT = 300;

	private static final int MAX_BODY = 2000;

	static final int PAGE = 20;

	private final NotificationRepository notifications;

	private final PacerClock clock;

	public NotificationService(NotificationRepository notifications, PacerClock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	public record Recipient(String user, String group) {

		public static Recipient user(String user) {
			return new Recipient(user, null);
		}

		public static Recipient group(String group) {
			return new Recipient(null, group);
		}
	}

	/** Returns false when the event was already notified. */
	@Transactional
	public boolean notify(String dedupKey, Recipient to, String kind, String subject, String body, String link,
			Long relationshipId) {
		if (notifications.existsByDedupKey(dedupKey)) {
			return false;
		}
		notifications.save(new Notification(dedupKey, to.user(), to.group(), kind, cut(subject, MAX_SUBJECT),
				cut(body, MAX_BODY), link, relationshipId, clock.now()));
		log.info("Notified {} ({}): {}", to.user() != null ? to.user() : to.group(), kind, subject);
		return true;
	}

	/**
	 * A page of a person's notifications, to them or to one of their groups, newest first: paged and counted in the
	 * database, {@value #PAGE} a page.
	 */
	@Transactional(readOnly = true)
	public Page<Notification> pageFor(String userId, Collection<String> groups, int page) {
		return notifications.findFor(userId, groups, PageRequest.of(Math.max(page, 0), PAGE));
	}

	/** Columns have limits; a long assessment is cut in the notification, the review keeps it whole. */
	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	@Transactional(readOnly = true)
	public List<Notification> forRelationship(Long relationshipId) {
		return notifications.findByRelationshipIdOrderByCreatedAtDesc(relationshipId);
	}
}
