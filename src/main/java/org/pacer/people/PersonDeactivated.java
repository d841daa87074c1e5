package org.pacer.people;

/**
 * Published in the deactivation's transaction, so other modules end what the person held there (the api module
 * revokes the tokens they made) in the same commit.
 */
public record PersonDeactivated(String userId, String actor) {
}
