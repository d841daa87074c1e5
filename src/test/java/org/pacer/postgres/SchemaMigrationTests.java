package org.pacer.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.pacer.operations.SchemaMigrations;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Pacer's and Camunda's schemas through Flyway, as at start-up, on a real PostgreSQL and on H2, without Spring: fresh,
 * concurrent and over a database whose Camunda tables the engine created itself (Pacer before Flyway owned them).
 */
class SchemaMigrationTests {

	@Test
	void bothSchemasAreCreatedOnAnEmptyPostgresDatabase() throws Exception {
		DataSource db = postgres();

		migrate(db);

		assertThat(count(db, "select count(*) from camunda_schema_history where version = '7.24.0' and success"))
				.isEqualTo(1);
		assertThat(count(db, "select count(*) from flyway_schema_history where version = '5' and success")).isEqualTo(1);
		// Camunda's own record of its schema, and tables of every part: engine, history, identity, CMMN, DMN
		assertThat(count(db, "select count(*) from act_ge_schema_log where version_ = '7.24.0'")).isEqualTo(1);
		for (String table : List.of("act_ru_job", "act_hi_procinst", "act_id_user", "act_re_case_def", "act_hi_decinst",
				"spring_session", "spring_session_attributes", "performance_review")) {
			assertThat(count(db, "select count(*) from " + table)).as(table).isGreaterThanOrEqualTo(0);
		}
	}

	@Test
	void fourNodesMigratingTheSameEmptyPostgresDatabaseAtOnceAllSucceedAndCreateOneSchema() throws Exception {
		DataSource db = postgres();
		int nodes = 4;
		CyclicBarrier together = new CyclicBarrier(nodes);
		ExecutorService pool = Executors.newFixedThreadPool(nodes);
		List<Future<Object>> starts = new ArrayList<>();
		for (int i = 0; i < nodes; i++) {
			starts.add(pool.submit((Callable<Object>) () -> {
				together.await();
				migrate(db);
				return null;
			}));
		}
		for (Future<Object> start : starts) {
			start.get();
		}
		pool.shutdown();

		assertThat(count(db, "select count(*) from camunda_schema_history where version = '7.24.0'")).isEqualTo(1);
		assertThat(count(db, "select count(*) from act_ge_schema_log")).isEqualTo(1);
		assertThat(count(db, "select count(*) from flyway_schema_history where version = '1'")).isEqualTo(1);
	}

	@Test
	void anH2DatabaseWhoseCamundaTablesTheEngineCreatedIsTakenOverAsItIs() throws Exception {
		JdbcDataSource db = new JdbcDataSource();
		db.setURL("jdbc:h2:mem:engine-made-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		db.setUser("sa");
		// as before: Pacer's tables by Flyway, Camunda's by the engine's schema update, one row of process data
		Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
		try (Connection connection = db.getConnection()) {
			for (String part : List.of("engine", "history", "identity", "case.engine", "case.history", "decision.engine",
					"decision.history")) {
				ScriptUtils.executeSqlScript(connection,
						new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.h2.create." + part + ".sql"));
			}
			execute(connection, "insert into ACT_ID_USER (ID_, REV_) values ('maria', 1)");
		}

		SchemaMigrations.camunda(db).migrate();

		assertThat(count(db, "select count(*) from \"camunda_schema_history\" where \"version\" = '7.24.0' and \"success\""))
				.isEqualTo(1);
		assertThat(count(db, "select count(*) from ACT_ID_USER where ID_ = 'maria'")).isEqualTo(1);
		assertThat(count(db, "select count(*) from ACT_GE_SCHEMA_LOG")).isEqualTo(1);
	}

	private static DataSource postgres() {
		return SharedPostgres.dataSource(SharedPostgres.freshDatabase());
	}

	/** What start-up does (see SchemaMigrations): Pacer's migrations, then Camunda's. */
	private static void migrate(DataSource db) {
		Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
		SchemaMigrations.camunda(db).migrate();
	}

	private static long count(DataSource db, String sql) throws SQLException {
		try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}
