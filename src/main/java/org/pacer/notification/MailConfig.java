package org.pacer.notification;

import java.util.Properties;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.StringUtils;

/**
 * The mail sender and the outbox dispatcher, present only when a mail host is configured. Spring Boot's own mail
 * auto-configuration is not used: it switches on for any spring.mail.host, even an empty one from an unset variable.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(MailConfig.HostConfigured.class)
@EnableScheduling
class MailConfig {

	/** Short timeouts: a hung SMTP server must not hold a claimed mail beyond its claim. */
	private static final String TIMEOUT_MS = "10000";

	@Bean
	JavaMailSenderImpl mailSender(MailSettings settings) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(settings.host());
		sender.setPort(settings.port());
		sender.setDefaultEncoding("UTF-8");
		Properties properties = sender.getJavaMailProperties();
		properties.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
		properties.put("mail.smtp.timeout", TIMEOUT_MS);
		properties.put("mail.smtp.writetimeout", TIMEOUT_MS);
		if (StringUtils.hasText(settings.username())) {
			sender.setUsername(settings.username());
			sender.setPassword(settings.password());
			properties.put("mail.smtp.auth", "true");
			properties.put("mail.smtp.starttls.enable", "true");
		}
		return sender;
	}

	@Bean
	MailDispatcher mailDispatcher(MailOutbox outbox, JavaMailSenderImpl mailSender,
			ApplicationAvailability availability) {
		return new MailDispatcher(outbox, mailSender, availability);
	}

	static class HostConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("pacer.mail.host"));
		}
	}
}
