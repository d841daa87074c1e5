package org.pacer.api;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Where the API's rate limits are kept, by the database Pacer runs on: on PostgreSQL in a table every node reads
 * and writes (V8), so a caller has one limit however many nodes answer it; on the embedded H2, which only one node
 * uses, in memory. Either way a bucket holds {@code burst} requests and regains {@code perMinute} a minute
 * (docs/decisions/0014).
 */
@Configuration(proxyBeanMethods = false)
class ApiLimitsConfig {

	static final String TABLE = "api_rate_bucket";

	@Bean
	RateLimiter rateLimiter(DataSource dataSource, ApiSettings settings) throws MetaDataAccessException {
		String database = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		return "PostgreSQL".equals(database) ? shared(dataSource, settings)
				: inMemory(settings, TimeMeter.SYSTEM_NANOTIME);
	}

	/** Each take is one short transaction that locks the caller's row (SELECT ... FOR UPDATE). */
	static RateLimiter shared(DataSource dataSource, ApiSettings settings) {
		ProxyManager<String> table = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table(TABLE)
				.build();
		BucketConfiguration limits = BucketConfiguration.builder().addLimit(limit(settings)).build();
		// a stored bucket keeps the limits it was made with, so the limits are part of its key: changed settings
		// start new buckets instead of being ignored
		String limited = "|" + settings.burst() + "|" + settings.perMinute();
		return new RateLimiter(caller -> table.builder().build(caller + limited, () -> limits));
	}

	static RateLimiter inMemory(ApiSettings settings, TimeMeter clock) {
		Map<String, Bucket> buckets = new ConcurrentHashMap<>();
		return new RateLimiter(caller -> buckets.computeIfAbsent(caller,
				c -> Bucket.builder().addLimit(limit(settings)).withCustomTimePrecision(clock).build()));
	}

	private static Bandwidth limit(ApiSettings settings) {
		return Bandwidth.builder()
				.capacity(settings.burst())
				.refillGreedy(settings.perMinute(), Duration.ofMinutes(1))
				.build();
	}
}
