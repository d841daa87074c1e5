package org.pacer.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on failed sign-ins, held in each node's memory (see {@link SignInLimits}).
 *
 * @param failuresPerAddress failed sign-ins a client address may make, for any users, before it must wait
 * @param addressWindow time in which a client address regains all its failed sign-ins
 * @param failuresPerUser failed sign-ins for one user from one client address before that pair is locked
 * @param lockTime how long such a lock lasts (an administrator's unlock in Camunda Admin ends it sooner)
 */
@ConfigurationProperties("pacer.sign-in")
public record SignInSettings(@DefaultValue("20") int failuresPerAddress, @DefaultValue("10m") Duration addressWindow,
		@DefaultValue("5") int failuresPerUser, @DefaultValue("15m") Duration lockTime) {
}
