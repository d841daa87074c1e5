package org.pacer.relationship;

import java.util.List;

/**
 * Where a new relationship may copy its first success measures from: the measure module offers other
 * relationships, the measure library its sets. Both depend on this module, so it names what it needs here and they
 * implement it. Copied measures are only a start: the lifecycle still has the manager define them and the provider
 * agree them.
 */
public interface MeasureSources {

	/** One choice of the form: a key that says which source and which of its items, and what people read. */
	record Source(String key, String label) {
	}

	/** The heading the choices are grouped under, such as "Measure library". */
	String group();

	List<Source> sources();

	default boolean offers(String key) {
		return sources().stream().anyMatch(source -> source.key().equals(key));
	}

	/** Copies the measures of the source this key names to the relationship, in the caller's transaction. */
	void copy(String key, long relationshipId, String actor);
}
