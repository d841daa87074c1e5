package org.pacer.notification;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** GreenMail for the mail tests: a sender that reaches it, and the received mails read as text. */
public final class Mailboxes {

	private Mailboxes() {
	}

	/** On a free port: several builds may run on one machine at once. */
	public static GreenMailExtension smtpServer() {
		return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
	}

	static JavaMailSenderImpl senderTo(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
		return sender;
	}

	/** A mail as the test reads it: to whom, subject, and all its text parts (plain and HTML) decoded. */
	public record Mail(List<String> to, String subject, String text) {
	}

	static List<Mail> received(GreenMailExtension server) {
		List<Mail> mails = new ArrayList<>();
		for (MimeMessage message : server.getReceivedMessages()) {
			try {
				Address[] to = message.getAllRecipients();
				mails.add(new Mail(Arrays.stream(to).map(Address::toString).toList(), message.getSubject(),
						text(message)));
			}
			catch (MessagingException | IOException e) {
				throw new IllegalStateException(e);
			}
		}
		return mails;
	}

	public static List<Mail> receivedBy(GreenMailExtension server, String address) {
		return received(server).stream().filter(m -> m.to().contains(address)).toList();
	}

	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/*")) {
			return (String) part.getContent();
		}
		StringBuilder text = new StringBuilder();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				text.append(text(multipart.getBodyPart(i))).append('\n');
			}
		}
		return text.toString();
	}

	/** Gives the user an address at pacer.test and returns it. */
	static String giveAddress(IdentityService identity, String userId) {
		User user = identity.createUserQuery().userId(userId).singleResult();
		user.setEmail(userId + "@pacer.test");
		identity.saveUser(user);
		return user.getEmail();
	}

	/** Notifications of earlier tests are none of this test's business: they are taken out of the outbox. */
	static void forgetEarlierNotifications(JdbcTemplate jdbc) {
		jdbc.update("update notification set mail_state = 'EXPIRED' where mail_state = 'PENDING'");
		jdbc.update("update mail_delivery set status = 'FAILED' where status in ('PENDING', 'SENDING')");
	}
}
