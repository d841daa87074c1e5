package org.pacer.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the outbox on every node at a fixed pause. Nodes need no coordination: each mail is claimed by one of them.
 * A node sends only once it is ready: start-up work (the demo loader replaying past months) is not news to mail.
 */
class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private final MailOutbox outbox;

	private final JavaMailSender sender;

	private final ApplicationAvailability availability;

	MailDispatcher(MailOutbox outbox, JavaMailSender sender, ApplicationAvailability availability) {
		this.outbox = outbox;
		this.sender = sender;
		this.availability = availability;
	}

	@Scheduled(fixedDelayString = "${pacer.mail.interval:PT10S}", initialDelayString = "${pacer.mail.interval:PT10S}")
	void dispatch() {
		if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
			return;
		}
		try {
			MailOutbox.Report report = outbox.dispatch(sender);
			if (report.sent() + report.failed() > 0) {
				log.info("Mail outbox: {} sent, {} failed", report.sent(), report.failed());
			}
		}
		catch (RuntimeException e) {
			// the database may be briefly away; the next run tries again
			log.warn("Mail outbox run failed: {}", e.getMessage());
		}
	}
}
