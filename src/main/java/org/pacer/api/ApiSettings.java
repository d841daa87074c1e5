package org.pacer.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of /api/v1. The rate limit is a token bucket per API token (or per user for HTTP Basic), one for all nodes
 * on PostgreSQL ({@link ApiLimitsConfig}).
 *
 * @param maxRequestBytes largest request body taken; larger ones answer 413
 * @param burst requests a caller may make at once
 * @param perMinute requests a caller regains each minute
 * @param tokenDays validity of a new token when its maker gives none
 * @param maxTokenDays longest validity a token may have
 */
@ConfigurationProperties("pacer.api")
record ApiSettings(@DefaultValue("1048576") long maxRequestBytes, @DefaultValue("60") int burst,
		@DefaultValue("120") int perMinute, @DefaultValue("90") int tokenDays, @DefaultValue("365") int maxTokenDays) {
}
