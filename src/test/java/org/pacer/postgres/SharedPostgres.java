package org.pacer.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server for all tests of a test JVM (no installed server: zonky's embedded binaries), started
 * on first use and stopped when the JVM ends. Each caller gets a database of its own, empty.
 */
public final class SharedPostgres {

	public static final String USER = "postgres";

	private static EmbeddedPostgres server;

	private static final AtomicInteger databases = new AtomicInteger();

	private SharedPostgres() {
	}

	/** A new, empty database; returns its name. */
	public static synchronized String freshDatabase() {
		String name = "pacer_" + databases.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not create database " + name, e);
		}
		return name;
	}

	/** The JDBC URL of a database, without the user (Pacer's postgres profile takes it apart). */
	public static String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database;
	}

	public static DataSource dataSource(String database) {
		return server().getDatabase(USER, database);
	}

	private static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException e) {
					// the JVM ends anyway; the data directory is temporary
				}
			}));
		}
		return server;
	}
}
