package org.pacer.scorecard;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the JDBC statements Hibernate prepares on the counting thread (a JDBC batch is prepared once), the way a
 * datasource proxy would, and the sequence calls apart: one hands out a block of ids (decision 27), so whether one
 * falls into a computation depends on what ran before. Hibernate's statement inspector in the test profile.
 */
public class StatementCounter implements StatementInspector {

	private static final ThreadLocal<long[]> counting = new ThreadLocal<>();

	/** Statements and sequence calls while the work ran. */
	record Counts(long statements, long sequenceCalls) {
	}

	@Override
	public String inspect(String sql) {
		long[] counts = counting.get();
		if (counts != null) {
			boolean sequence = sql.startsWith("select next value for ") || sql.contains("nextval(");
			counts[sequence ? 1 : 0]++;
		}
		return sql;
	}

	static Counts whileRunning(Runnable work) {
		long[] counts = new long[2];
		counting.set(counts);
		try {
			work.run();
			return new Counts(counts[0], counts[1]);
		}
		finally {
			counting.remove();
		}
	}
}
