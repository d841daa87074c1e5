package org.pacer.library;

/** A set's name and what it is for. */
public record SetDraft(String name, String description) {
}
