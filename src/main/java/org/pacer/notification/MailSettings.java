package org.pacer.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings, from PACER_MAIL_* in production. Without a host mail stays off: notifications are still recorded
 * and shown in the app, and nothing is sent.
 *
 * @param maxAttempts tries per mail before it is given up as FAILED
 * @param retryDelay wait after the first failed try; it doubles with each further one
 * @param maxAge notifications older than this when the dispatcher first sees them are not mailed (mail switched on
 * later, or a long outage), so nobody gets a flood of stale news
 * @param interval pause between two dispatcher runs on a node
 */
@ConfigurationProperties("pacer.mail")
record MailSettings(String host, @DefaultValue("25") int port, String username, String password,
		@DefaultValue("Pacer <pacer@localhost>") String from, @DefaultValue("5") int maxAttempts,
		@DefaultValue("PT1M") Duration retryDelay, @DefaultValue("P2D") Duration maxAge,
		@DefaultValue("PT10S") Duration interval) {

	public boolean enabled() {
		return host != null && !host.isBlank();
	}
}
