package org.pacer.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** One token bucket per caller ("token:12", "user:maria"), in this node's memory. */
@Component
class RateLimiter {

	private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

	private final ApiSettings settings;

	private final LongSupplier nanoClock;

	@Autowired
	public RateLimiter(ApiSettings settings) {
		this(settings, System::nanoTime);
	}

	RateLimiter(ApiSettings settings, LongSupplier nanoClock) {
		this.settings = settings;
		this.nanoClock = nanoClock;
	}

	/** 0 when the caller may go ahead, else the seconds it should wait (for Retry-After). */
	public long take(String caller) {
		long now = nanoClock.getAsLong();
		return buckets.computeIfAbsent(caller, c -> new TokenBucket(settings.burst(), settings.perMinute(), now))
				.take(now);
	}
}
