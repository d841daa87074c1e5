package org.pacer.api;

import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Requests per caller ("token:12", "user:maria"), one Bucket4j bucket each. Where the buckets live (the database all
 * nodes share, or this node's memory) is {@link ApiLimitsConfig}'s choice; this class only asks them.
 */
public class RateLimiter {

	private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

	private final Function<String, Bucket> buckets;

	RateLimiter(Function<String, Bucket> buckets) {
		this.buckets = buckets;
	}

	/** 0 when the caller may go ahead, else the whole seconds it should wait (for Retry-After). */
	public long take(String caller) {
		ConsumptionProbe probe = buckets.apply(caller).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? 0 : (probe.getNanosToWaitForRefill() + SECOND - 1) / SECOND;
	}
}
