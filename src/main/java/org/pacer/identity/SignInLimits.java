package org.pacer.identity;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins, counted per client address and per (user, client address), so that a stranger who guesses
 * passwords is stopped without locking the named user out: a lock holds only for the address that failed. Replaces
 * Camunda's own per-user throttle, which is configured off (application.yml, {@code login-delay-base: 0}).
 */
@Component
public class SignInLimits {

	/** Past this many remembered pairs, expired ones are dropped before a new one is added. */
	private static final int TIDY_ABOVE = 10_000;

	private final SignInSettings settings;

	private final LongSupplier nanoTime;

	private final Map<String, Bucket> addresses = new ConcurrentHashMap<>();

	private final Map<Pair, Failures> pairs = new ConcurrentHashMap<>();

	@Autowired
	public SignInLimits(SignInSettings settings) {
		this(settings, System::nanoTime);
	}

	SignInLimits(SignInSettings settings, LongSupplier nanoTime) {
		this.settings = settings;
		this.nanoTime = nanoTime;
	}

	/** How long the address must wait before it may try to sign in as the user; empty when it may now. */
	public Optional<Duration> wait(String user, String address) {
		Bucket bucket = addresses.get(address);
		if (bucket != null && bucket.getAvailableTokens() < 1) {
			return Optional.of(Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
		}
		Failures failures = user == null ? null : pairs.get(new Pair(user, address));
		long now = nanoTime.getAsLong();
		if (failures != null && failures.count() >= settings.failuresPerUser() && !forgotten(failures, now)) {
			return Optional.of(Duration.ofNanos(failures.last() + settings.lockTime().toNanos() - now));
		}
		return Optional.empty();
	}

	public void failed(String user, String address) {
		long now = nanoTime.getAsLong();
		if (pairs.size() > TIDY_ABOVE || addresses.size() > TIDY_ABOVE) {
			pairs.values().removeIf(failures -> forgotten(failures, now));
			addresses.values().removeIf(bucket -> bucket.getAvailableTokens() >= settings.failuresPerAddress());
		}
		addresses.computeIfAbsent(address, a -> newBucket()).tryConsume(1);
		pairs.compute(new Pair(user, address), (pair, failures) -> new Failures(
				failures == null || forgotten(failures, now) ? 1 : failures.count() + 1, now));
	}

	public void succeeded(String user, String address) {
		pairs.remove(new Pair(user, address));
	}

	/** An administrator unlocked the user: every address may try again. */
	public void unlock(String user) {
		pairs.keySet().removeIf(pair -> pair.user().equals(user));
	}

	/** A lock lasts the lock time after the last failure; fewer failures are forgotten after as long. */
	private boolean forgotten(Failures failures, long now) {
		return now - failures.last() >= settings.lockTime().toNanos();
	}

	private Bucket newBucket() {
		return Bucket.builder()
				.addLimit(limit -> limit.capacity(settings.failuresPerAddress())
						.refillGreedy(settings.failuresPerAddress(), settings.addressWindow()))
				.withCustomTimePrecision(new TimeMeter() {

					@Override
					public long currentTimeNanos() {
						return nanoTime.getAsLong();
					}

					@Override
					public boolean isWallClockBased() {
						return false;
					}
				})
				.build();
	}

	private record Pair(String user, String address) {
	}

	private record Failures(int count, long last) {
	}
}
