package org.pacer.operations;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One migration step at start-up for both schemas: Pacer's tables (Spring Boot's Flyway, db/migration), then
 * Camunda's (a second Flyway with its own history table, so Camunda's versions never mix with Pacer's V1, V2, ...).
 * On PostgreSQL each Flyway holds an advisory lock while it migrates: nodes starting together wait for each other.
 * The process engine is built only after this step ({@link EngineAfterMigrations}) and never touches the schema
 * itself ({@code camunda.bpm.database.schema-update: false}).
 */
@Configuration(proxyBeanMethods = false)
public class SchemaMigrations {

	static final String CAMUNDA_HISTORY_TABLE = "camunda_schema_history";

	@Bean
	FlywayMigrationStrategy pacerThenCamunda(DataSource dataSource) {
		return pacer -> {
			pacer.migrate();
			camunda(dataSource).migrate();
		};
	}

	/**
	 * Pacer's tables are there by now, so the schema is never empty for this Flyway: the baseline (version 0) only
	 * records that its history starts here; the Camunda schema migration itself still runs.
	 */
	public static Flyway camunda(DataSource dataSource) {
		return Flyway.configure()
				.dataSource(dataSource)
				.table(CAMUNDA_HISTORY_TABLE)
				.locations(new String[0])
				.javaMigrations(new CamundaSchema())
				.baselineOnMigrate(true)
				.baselineVersion("0")
				.load();
	}
}
