package org.pacer.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.pacer.postgres.SharedPostgres;

/**
 * A caller's rate limit is one for the whole cluster: two nodes (two limiters, each with its own connections, as
 * {@link ApiLimitsConfig} makes them at start-up) on one real PostgreSQL whose table V8 created. On H2 the limiter
 * stays in memory.
 */
class ApiLimitsAcrossNodesTests {

	/** 3 at once, then one a minute: nothing comes back while the test runs. */
	private static final ApiSettings SETTINGS = new ApiSettings(1024, 3, 1, 90, 365);

	@Test
	void onPostgresTheSecondNodeRefusesWhatTheFirstHasSpent() throws Exception {
		// given: two nodes on one migrated database
		String database = SharedPostgres.freshDatabase();
		migrate(SharedPostgres.dataSource(database));
		RateLimiter first = new ApiLimitsConfig().rateLimiter(SharedPostgres.dataSource(database), SETTINGS);
		RateLimiter second = new ApiLimitsConfig().rateLimiter(SharedPostgres.dataSource(database), SETTINGS);

		// when: the caller spends its burst on the first node
		for (int i = 0; i < 3; i++) {
			assertThat(first.take("token:1")).as("request %d on the first node", i + 1).isZero();
		}

		// then
		assertThat(second.take("token:1")).as("wait in seconds on the second node").isBetween(1L, 60L);
		assertThat(first.take("token:1")).as("and on the first").isBetween(1L, 60L);
		assertThat(second.take("token:2")).as("another caller has its own bucket").isZero();
		assertThat(count(SharedPostgres.dataSource(database), "select count(*) from " + ApiLimitsConfig.TABLE))
				.as("one row per caller").isEqualTo(2);
	}

	@Test
	void requestsArrivingAtBothNodesAtOnceGetTheBurstOnceInAll() throws Exception {
		// given: 40 requests of one caller, 20 on each node, from 8 threads at once
		String database = SharedPostgres.freshDatabase();
		migrate(SharedPostgres.dataSource(database));
		ApiSettings tenAtOnce = new ApiSettings(1024, 10, 1, 90, 365);
		List<RateLimiter> nodes = List.of(
				new ApiLimitsConfig().rateLimiter(SharedPostgres.dataSource(database), tenAtOnce),
				new ApiLimitsConfig().rateLimiter(SharedPostgres.dataSource(database), tenAtOnce));
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CyclicBarrier together = new CyclicBarrier(8);
		List<Future<Integer>> granted = new ArrayList<>();

		// when
		for (int t = 0; t < 8; t++) {
			RateLimiter node = nodes.get(t % 2);
			granted.add(pool.submit(() -> {
				together.await();
				int mine = 0;
				for (int i = 0; i < 5; i++) {
					mine += node.take("user:maria") == 0 ? 1 : 0;
				}
				return mine;
			}));
		}
		int total = 0;
		for (Future<Integer> thread : granted) {
			total += thread.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();

		// then
		assertThat(total).as("requests let through by both nodes together").isEqualTo(10);
	}

	@Test
	void onH2EachLimiterKeepsItsBucketsInMemory() throws Exception {
		// given
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:api-limits-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		h2.setUser("sa");
		migrate(h2);
		RateLimiter first = new ApiLimitsConfig().rateLimiter(h2, SETTINGS);
		RateLimiter second = new ApiLimitsConfig().rateLimiter(h2, SETTINGS);

		// when
		for (int i = 0; i < 3; i++) {
			first.take("token:1");
		}

		// then
		assertThat(first.take("token:1")).isPositive();
		assertThat(second.take("token:1")).as("a limiter of its own").isZero();
		assertThat(count(h2, "select count(*) from " + ApiLimitsConfig.TABLE)).isZero();
	}

	private static void migrate(DataSource db) {
		Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
	}

	private static long count(DataSource db, String sql) throws SQLException {
		try (Connection connection = db.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
