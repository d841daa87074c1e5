package org.pacer.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates Camunda's tables with the create scripts shipped in the camunda-engine jar, as a Flyway migration, so that
 * concurrent first starts of several nodes are serialised by Flyway's lock instead of racing in the engine's own
 * schema update. A database whose Camunda tables already exist (created by the engine before Pacer put them under
 * Flyway) is recorded as migrated and left alone.
 * <p>
 * Its version is the Camunda version whose schema it creates; a later Camunda release adds a migration of its own
 * version that runs the jar's upgrade scripts ({@code org/camunda/bpm/engine/db/upgrade/<db>_engine_<from>_to_<to>.sql}).
 */
class CamundaSchema implements JavaMigration {

	private static final Logger log = LoggerFactory.getLogger(CamundaSchema.class);

	static final String VERSION = "7.24.0";

	/** The engine's own order of creation: engine, history, identity, then CMMN and DMN (engine before history). */
	private static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine", "case.history",
			"decision.engine", "decision.history");

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion(VERSION);
	}

	@Override
	public String getDescription() {
		return "Camunda " + VERSION + " schema";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		if (camundaTablesExist(connection)) {
			log.info("Camunda's tables exist already (schema {}); left as they are", schemaVersion(connection));
			return;
		}
		String database = databaseType(connection.getMetaData());
		for (String part : PARTS) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource(
					"org/camunda/bpm/engine/db/create/activiti." + database + ".create." + part + ".sql"));
		}
		log.info("Created Camunda's {} schema on {}", VERSION, database);
	}

	private static boolean camundaTablesExist(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		// PostgreSQL keeps unquoted names in lower case, H2 in upper case
		for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
			try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

	private static String schemaVersion(Connection connection) {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"select VERSION_ from ACT_GE_SCHEMA_LOG order by TIMESTAMP_ desc, ID_ desc")) {
			return rows.next() ? rows.getString(1) : "unknown";
		}
		catch (SQLException e) {
			return "unknown";
		}
	}

	/** Camunda's name for the database, as in its script names; only the databases Pacer runs on. */
	static String databaseType(DatabaseMetaData meta) throws SQLException {
		String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
		if (product.contains("postgres")) {
			return "postgres";
		}
		if (product.contains("h2")) {
			return "h2";
		}
		throw new IllegalStateException("Pacer runs on H2 or PostgreSQL, not on " + meta.getDatabaseProductName());
	}
}
