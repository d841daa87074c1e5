package org.pacer.notification;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which kinds of mail each person has turned off. Everything is on until they say otherwise. */
@Service
@Transactional
class NotificationPreferences {

	private final JdbcTemplate jdbc;

	public NotificationPreferences(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public boolean optedOut(String userId, String kind) {
		return jdbc.queryForObject("select count(*) from notification_opt_out where user_id = ? and kind = ?",
				Integer.class, userId, kind) > 0;
	}

	@Transactional(readOnly = true)
	public Set<MailKind> wanted(String userId) {
		Set<MailKind> wanted = EnumSet.allOf(MailKind.class);
		jdbc.queryForList("select kind from notification_opt_out where user_id = ?", String.class, userId)
				.forEach(kind -> MailKind.of(kind).ifPresent(wanted::remove));
		return wanted;
	}

	/** Replaces the person's choice: every kind not wanted is opted out. */
	public void choose(String userId, Set<MailKind> wanted) {
		jdbc.update("delete from notification_opt_out where user_id = ?", userId);
		Set<MailKind> off = EnumSet.allOf(MailKind.class);
		off.removeAll(wanted);
		for (MailKind kind : off) {
			jdbc.update("insert into notification_opt_out (user_id, kind) values (?, ?)", userId, kind.name());
		}
	}
}
