package org.pacer.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.notification.NotificationService.Recipient;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The outbox's promises: once per person even with two dispatchers at once, retried on failure, up to a limit. */
@ProcessTest
class MailOutboxTests {

	/** Nothing listens there: every send fails at connect. */
	private static final int CLOSED_PORT = 1;

	@RegisterExtension
	static GreenMailExtension smtp = Mailboxes.smtpServer();

	@Autowired
	private MailOutbox outbox;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private MailSettings settings;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private IdentityService identity;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PacerClock clock;

	private JavaMailSenderImpl working;

	private final JavaMailSenderImpl failing = Mailboxes.senderTo(CLOSED_PORT);

	private String user;

	private String address;

	@BeforeEach
	void aPersonWithAnAddress() {
		Mailboxes.forgetEarlierNotifications(jdbc);
		working = Mailboxes.senderTo(smtp.getSmtp().getPort());
		user = "mail-" + UUID.randomUUID().toString().substring(0, 8);
		fixtures.ensureUser(user);
		address = Mailboxes.giveAddress(identity, user);
	}

	@AfterEach
	void timeAsItIs() {
		clock.backToNow();
	}

	@Test
	void twoDispatchersRacingOverTheSameOutboxSendEachMailOnce() throws Exception {
		int mails = 40;
		for (int i = 0; i < mails; i++) {
			notify("race-" + user + "-" + i);
		}
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		List<Future<MailOutbox.Report>> runs = new ArrayList<>();
		try {
			for (int node = 0; node < 2; node++) {
				JavaMailSenderImpl sender = Mailboxes.senderTo(smtp.getSmtp().getPort());
				runs.add(nodes.submit(() -> {
					start.await();
					return outbox.dispatch(sender);
				}));
			}
			int sent = 0;
			for (Future<MailOutbox.Report> run : runs) {
				sent += run.get(60, TimeUnit.SECONDS).sent();
			}

			assertThat(sent).isEqualTo(mails);
			assertThat(Mailboxes.receivedBy(smtp, address)).hasSize(mails);
			assertThat(jdbc.queryForList("select attempts from mail_delivery where recipient_user = ? and status = 'SENT'",
					Integer.class, user)).hasSize(mails).containsOnly(1);
			// and a later run finds nothing left to send
			assertThat(outbox.dispatch(working).sent()).isZero();
		}
		finally {
			nodes.shutdownNow();
		}
	}

	@Test
	void aFailedSendIsTriedAgainAfterThePauseAndSentOnce() {
		notify("retry-" + user);

		MailOutbox.Report first = outbox.dispatch(failing);
		MailOutbox.Report tooSoon = outbox.dispatch(working);
		travel(settings.retryDelay().toSeconds() + 1);
		MailOutbox.Report again = outbox.dispatch(working);

		assertThat(first.failed()).isEqualTo(1);
		assertThat(tooSoon.sent()).isZero();
		assertThat(again.sent()).isEqualTo(1);
		assertThat(Mailboxes.receivedBy(smtp, address)).hasSize(1);
		assertThat(delivery("status")).isEqualTo("SENT");
		assertThat(delivery("attempts")).isEqualTo("2");
	}

	@Test
	void afterTheLastAttemptTheMailIsGivenUpAndNeverSent() {
		notify("give-up-" + user);

		long waited = 0;
		for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
			assertThat(outbox.dispatch(failing).failed()).as("attempt %d", attempt).isEqualTo(1);
			// the pause doubles after each failure
			waited += settings.retryDelay().toSeconds() << (attempt - 1);
			travel(waited + 1);
		}
		MailOutbox.Report afterGivingUp = outbox.dispatch(working);

		assertThat(delivery("status")).isEqualTo("FAILED");
		assertThat(delivery("attempts")).isEqualTo(String.valueOf(settings.maxAttempts()));
		assertThat(delivery("last_error")).contains("MailSendException");
		assertThat(afterGivingUp.sent()).isZero();
		assertThat(Mailboxes.received(smtp)).isEmpty();
	}

	@Test
	void aNotificationOlderThanTheMaximumAgeWhenFirstSeenIsNotMailed() {
		notify("stale-" + user);
		travel(settings.maxAge().toSeconds() + 60);

		outbox.dispatch(working);

		assertThat(Mailboxes.received(smtp)).isEmpty();
		assertThat(jdbc.queryForObject("select mail_state from notification where dedup_key = ?", String.class,
				"stale-" + user)).isEqualTo("EXPIRED");
	}

	@Test
	void aPersonWithoutAnAddressGetsNoMailButTheNotification() {
		String nobody = "no-address-" + UUID.randomUUID().toString().substring(0, 8);
		fixtures.ensureUser(nobody);
		notifications.notify("no-address-" + nobody, Recipient.user(nobody), MailKind.REMINDER.name(), "Reminder",
				"Due soon.", "/tasks", null);

		outbox.dispatch(working);

		assertThat(Mailboxes.received(smtp)).isEmpty();
		assertThat(notifications.pageFor(nobody, List.of(), 0).getContent()).extracting(Notification::getSubject)
				.containsExactly("Reminder");
	}

	private void notify(String key) {
		notifications.notify(key, Recipient.user(user), MailKind.REMINDER.name(), "Reminder: " + key, "Due soon.",
				"/tasks", null);
	}

	private String delivery(String column) {
		return jdbc.queryForObject("select " + column + " from mail_delivery where recipient_user = ?", String.class,
				user);
	}

	private void travel(long seconds) {
		clock.backToNow();
		clock.travelTo(LocalDateTime.ofInstant(clock.now().plusSeconds(seconds), ZoneId.systemDefault()));
	}
}
