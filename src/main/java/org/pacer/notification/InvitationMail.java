package org.pacer.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;

/**
 * The mail with a person's invitation link, sent at once and never stored: the outbox keeps what it sends in its
 * tables, and the link's secret must not rest anywhere. When mail is off or the server refuses, the caller shows the
 * link to the person who invited instead.
 */
@Component
public class InvitationMail {

	private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

	private final MailSettings settings;

	private final MailComposer composer;

	private final ObjectProvider<JavaMailSender> sender;

	InvitationMail(MailSettings settings, MailComposer composer, ObjectProvider<JavaMailSender> sender) {
		this.settings = settings;
		this.composer = composer;
		this.sender = sender;
	}

	/** One invitation, as its mail tells it; link is the portal path with the secret. */
	public record Letter(String address, String name, String invitedBy, String joins, String link, Instant expires,
			ZoneId zone) {
	}

	/** Whether invitations go out by mail at all. */
	public boolean enabled() {
		return settings.enabled() && sender.getIfAvailable() != null;
	}

	/** True when the mail server took the mail; false when mail is off or the sending failed (logged). */
	public boolean send(Letter letter) {
		JavaMailSender mail = sender.getIfAvailable();
		if (!settings.enabled() || mail == null) {
			return false;
		}
		Context model = new Context();
		model.setVariable("name", letter.name());
		model.setVariable("invitedBy", letter.invitedBy());
		model.setVariable("joins", letter.joins());
		model.setVariable("link", composer.absolute(letter.link()));
		model.setVariable("expires", DAY.format(letter.expires().atZone(letter.zone())));
		try {
			MimeMessage message = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(settings.from());
			helper.setTo(letter.address());
			helper.setSubject("Pacer: you are invited");
			helper.setText(composer.render("invitation.txt", model), composer.render("invitation.html", model));
			mail.send(message);
			return true;
		}
		catch (MessagingException | MailException e) {
			log.warn("Invitation mail to {} failed: {}", letter.address(), e.getMessage());
			return false;
		}
	}
}
