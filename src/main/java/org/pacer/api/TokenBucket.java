package org.pacer.api;

/**
 * A token bucket: up to {@code capacity} requests at once, refilled at {@code perMinute}. Time is passed in, so
 * the arithmetic is tested without waiting.
 */
final class TokenBucket {

	private final int capacity;

	private final double perNano;

	private double available;

	private long updatedAt;

	TokenBucket(int capacity, int perMinute, long nanoNow) {
		this.capacity = capacity;
		this.perNano = perMinute / 60e9;
		this.available = capacity;
		this.updatedAt = nanoNow;
	}

	/** Takes one request from the bucket; 0 when it was there, else the seconds until it will be. */
	synchronized long take(long nanoNow) {
		available = Math.min(capacity, available + (nanoNow - updatedAt) * perNano);
		updatedAt = nanoNow;
		if (available >= 1) {
			available -= 1;
			return 0;
		}
		return (long) Math.ceil((1 - available) / perNano / 1e9);
	}
}
