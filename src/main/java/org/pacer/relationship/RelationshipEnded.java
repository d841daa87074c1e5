package org.pacer.relationship;

import java.time.LocalDate;

/**
 * Published, in the ending's transaction, when a relationship ends (by a person, a sourcing decision or its
 * lifecycle), so the features with work of their own for it close that work.
 */
public record RelationshipEnded(long relationshipId, LocalDate on, String reason, String actor) {
}
