package org.pacer.identity;

/**
 * Another module's say on whether a person whose password is right may sign in: the people module refuses those it
 * deactivated. Asked on every door that signs in with a password (pages, /api/v1, /engine-rest, actuator).
 */
@FunctionalInterface
public interface SignInGate {

	boolean mayEnter(String userId);
}
