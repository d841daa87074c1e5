package db.migration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Ids of scorecards and their lines, perspectives and levels come from sequences, so Hibernate can insert them in
 * JDBC batches (an identity column makes it insert row by row; docs/decisions/0027). Each sequence starts after the
 * ids already used, which plain SQL cannot say the same way on H2 and PostgreSQL, hence a Java migration. The
 * increments are the entities' allocation sizes: one sequence call hands out that many ids.
 */
public class V22__scorecard_sequences extends BaseJavaMigration {

	// table -> increment; the same numbers as the @SequenceGenerator allocation sizes in org.pacer.scorecard
	private static final Map<String, Integer> SEQUENCES = Map.of("scorecard", 100, "scorecard_line", 1000,
			"scorecard_perspective", 500, "scorecard_level", 500);

	@Override
	public void migrate(Context context) throws SQLException {
		try (Statement statement = context.getConnection().createStatement()) {
			for (Map.Entry<String, Integer> sequence : SEQUENCES.entrySet()) {
				long next;
				try (ResultSet max = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + sequence.getKey())) {
					max.next();
					next = max.getLong(1);
				}
				statement.execute("create sequence " + sequence.getKey() + "_seq start with " + next + " increment by "
						+ sequence.getValue());
			}
		}
	}
}
