package org.pacer.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Mail is on exactly when PACER_MAIL_HOST (pacer.mail.host) is set, also when the variable is set but empty. */
class MailConfigTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(MailSettings.class)
	static class Settings {
	}

	private final ApplicationContextRunner context = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
			.withUserConfiguration(Settings.class, MailConfig.class)
			.withBean(MailOutbox.class, () -> mock(MailOutbox.class))
			.withBean(ApplicationAvailability.class, () -> mock(ApplicationAvailability.class));

	@Test
	void aHostSwitchesOnTheSenderAndTheDispatcher() {
		context.withPropertyValues("pacer.mail.host=smtp.example", "pacer.mail.port=2525", "pacer.mail.username=pacer",
				"pacer.mail.password=secret").run(app -> {
					JavaMailSenderImpl sender = app.getBean(JavaMailSenderImpl.class);
					assertThat(sender.getHost()).isEqualTo("smtp.example");
					assertThat(sender.getPort()).isEqualTo(2525);
					assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.auth", "true")
							.containsEntry("mail.smtp.timeout", "10000");
					assertThat(app).hasSingleBean(MailDispatcher.class).hasSingleBean(JavaMailSender.class);
				});
	}

	@Test
	void noHostOrAnEmptyOneLeavesMailOff() {
		context.run(app -> assertThat(app).doesNotHaveBean(JavaMailSender.class).doesNotHaveBean(MailDispatcher.class));
		context.withPropertyValues("pacer.mail.host=").run(app -> assertThat(app)
				.doesNotHaveBean(JavaMailSender.class).doesNotHaveBean(MailDispatcher.class));
	}
}
