package org.pacer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The arithmetic of the sign-in limits, on a clock the test moves. */
class SignInLimitsTests {

	private final AtomicLong now = new AtomicLong();

	private final SignInLimits limits = new SignInLimits(
			new SignInSettings(20, Duration.ofMinutes(10), 5, Duration.ofMinutes(15)), now::get);

	@Test
	void aLockedPairUnlocksByItselfAfterTheLockTime() {
		// given
		for (int i = 0; i < 5; i++) {
			assertThat(limits.wait("tom", "10.0.0.1")).isEmpty();
			limits.failed("tom", "10.0.0.1");
		}

		// then
		assertThat(limits.wait("tom", "10.0.0.1")).hasValue(Duration.ofMinutes(15));
		assertThat(limits.wait("tom", "10.0.0.2")).as("another address").isEmpty();
		assertThat(limits.wait("maria", "10.0.0.1")).as("another user from that address").isEmpty();
		now.addAndGet(Duration.ofMinutes(14).toNanos());
		assertThat(limits.wait("tom", "10.0.0.1")).hasValue(Duration.ofMinutes(1));
		now.addAndGet(Duration.ofMinutes(1).toNanos());
		assertThat(limits.wait("tom", "10.0.0.1")).isEmpty();
		limits.failed("tom", "10.0.0.1");
		assertThat(limits.wait("tom", "10.0.0.1")).as("the count starts again").isEmpty();
	}

	@Test
	void aSuccessForgetsThePairsFailuresAndAnUnlockEveryAddressOfTheUser() {
		for (int i = 0; i < 4; i++) {
			limits.failed("tom", "10.0.0.1");
		}
		limits.succeeded("tom", "10.0.0.1");
		limits.failed("tom", "10.0.0.1");
		assertThat(limits.wait("tom", "10.0.0.1")).isEmpty();

		for (String address : new String[] { "10.0.0.3", "10.0.0.4" }) {
			for (int i = 0; i < 5; i++) {
				limits.failed("tom", address);
			}
		}
		limits.unlock("tom");
		assertThat(limits.wait("tom", "10.0.0.3")).isEmpty();
		assertThat(limits.wait("tom", "10.0.0.4")).isEmpty();
	}

	@Test
	void anAddressWithTooManyFailuresWaitsForAnyUserAndRegainsThemOverTheWindow() {
		for (int i = 0; i < 20; i++) {
			limits.failed("user" + i, "10.0.0.9");
		}

		assertThat(limits.wait("maria", "10.0.0.9")).hasValueSatisfying(
				wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30)));
		assertThat(limits.wait(null, "10.0.0.9")).isPresent();
		now.addAndGet(Duration.ofSeconds(30).toNanos());
		assertThat(limits.wait("maria", "10.0.0.9")).isEmpty();
	}
}
