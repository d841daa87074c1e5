package org.pacer.identity;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Session attributes are written as upserts. Requests of one session run at once (a page and its htmx calls, a
 * browser's tabs); each adds the attributes it found missing when it read the session, so with Spring Session's plain
 * INSERT the second one hit a duplicate key on SPRING_SESSION_ATTRIBUTES and answered 500.
 */
@Component
class SessionAttributeUpserts implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

	/** H2's upsert; it waits for the session row, which the same transaction updates first, like PostgreSQL's. */
	private static final String H2_CREATE_ATTRIBUTE = """
			MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
			""";

	private final String database;

	SessionAttributeUpserts(DataSource dataSource) throws MetaDataAccessException {
		this.database = JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
	}

	@Override
	public void customize(JdbcIndexedSessionRepository repository) {
		switch (database) {
			case "PostgreSQL" -> new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(repository);
			case "H2" -> repository.setCreateSessionAttributeQuery(H2_CREATE_ATTRIBUTE);
			// Pacer runs on these two; elsewhere Spring Session's plain INSERT stays
			default -> {
			}
		}
	}
}
