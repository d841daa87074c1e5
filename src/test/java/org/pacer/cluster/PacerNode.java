package org.pacer.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.pacer.CycleFixtures;
import org.pacer.PacerApplication;
import org.pacer.postgres.SharedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Pacer node inside the test JVM: the whole application with the {@code postgres} profile, its job executor on,
 * on a loopback port of its own. Several nodes share a database and, being in one JVM, the engine's clock, so a
 * test moves time for the whole cluster at once.
 */
final class PacerNode implements AutoCloseable {

	final String name;

	final ConfigurableApplicationContext context;

	private PacerNode(String name, ConfigurableApplicationContext context) {
		this.name = name;
		this.context = context;
	}

	static PacerNode start(String name, String database, int smtpPort) {
		// command-line arguments: above application.yml, as an operator's settings would be
		List<String> arguments = new ArrayList<>(environment(database, smtpPort).entrySet().stream()
				.map(e -> "--" + e.getKey() + "=" + e.getValue()).toList());
		arguments.addAll(List.of("--spring.profiles.active=postgres", "--server.port=0",
				"--camunda.bpm.generate-unique-process-engine-name=true",
				"--camunda.bpm.generate-unique-process-application-name=true",
				// idle nodes look for due jobs twice a second, so a test does not wait for the production back-off
				"--camunda.bpm.job-execution.max-wait=500",
				"--camunda.bpm.job-execution.wait-time-in-millis=200"));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PacerApplication.class)
				.run(arguments.toArray(String[]::new));
		return new PacerNode(name, context);
	}

	/**
	 * What an operator sets for the postgres profile (docs: application-postgres.yml) and for mail. The outbox runs
	 * every second here, and mails notifications of any age: the tests move the clock by months.
	 */
	static Map<String, String> environment(String database, int smtpPort) {
		return Map.of("PACER_DB_URL", SharedPostgres.jdbcUrl(database), "PACER_DB_USER", SharedPostgres.USER,
				"PACER_DB_PASSWORD", "", "PACER_DB_POOL_SIZE", "12", "PACER_MAIL_HOST", "127.0.0.1",
				"PACER_MAIL_PORT", String.valueOf(smtpPort), "pacer.mail.interval", "PT1S",
				"pacer.mail.max-age", "P3650D");
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	CycleFixtures fixtures() {
		return context.getAutowireCapableBeanFactory().createBean(CycleFixtures.class);
	}

	int port() {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	String engineName() {
		return bean(ProcessEngine.class).getName();
	}

	String lockOwner() {
		return ((ProcessEngineConfigurationImpl) bean(ProcessEngine.class).getProcessEngineConfiguration())
				.getJobExecutor().getLockOwner();
	}

	@Override
	public void close() {
		context.close();
	}
}
