package org.pacer.notification;

import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a notification as a mail: plain text and HTML from templates/mail/, with absolute links built on
 * pacer.base-url. Its own template engine, so mail templates never mix with the portal's pages.
 */
@Component
class MailComposer {

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	private final MailSettings settings;

	private final String baseUrl;

	public MailComposer(MailSettings settings, @Value("${pacer.base-url:http://localhost:8080}") String baseUrl) {
		this.settings = settings;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		templates.addTemplateResolver(resolver("*.html", TemplateMode.HTML));
		templates.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT));
	}

	/** One mail to one person. */
	public record Letter(String user, String address, MailKind kind, String subject, String body, String link) {
	}

	public MimeMessage compose(JavaMailSender sender, Letter letter, String firstName) {
		Context model = new Context();
		model.setVariable("name", firstName);
		model.setVariable("kind", letter.kind());
		model.setVariable("subject", letter.subject());
		model.setVariable("body", letter.body());
		model.setVariable("link", absolute(letter.link()));
		model.setVariable("preferences", absolute("/account/notifications"));
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
			mail.setFrom(settings.from());
			mail.setTo(letter.address());
			mail.setSubject("Pacer: " + letter.subject());
			mail.setText(templates.process("notification.txt", model), templates.process("notification.html", model));
			return message;
		}
		catch (MessagingException e) {
			throw new MailPreparationException("Mail to " + letter.address() + " could not be written", e);
		}
	}

	/** Another mail of Pacer's (an invitation) written with the same templates' engine. */
	String render(String template, Context model) {
		return templates.process(template, model);
	}

	/** Links in notifications are paths in the portal; a mail needs the whole address. */
	public String absolute(String link) {
		if (link == null || link.isBlank()) {
			return baseUrl + "/";
		}
		return link.startsWith("http://") || link.startsWith("https://") ? link
				: baseUrl + (link.startsWith("/") ? link : "/" + link);
	}

	private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		return resolver;
	}
}
