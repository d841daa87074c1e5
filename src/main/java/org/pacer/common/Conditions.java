package org.pacer.common;

import org.springframework.data.jpa.domain.Specification;

/** Conditions of a list's query that the caller may leave out: a filter not given narrows nothing. */
public final class Conditions {

	private Conditions() {
	}

	/** The attribute equals the value; no condition when the value is null. */
	public static <T> Specification<T> equal(String attribute, Object value) {
		return value == null ? null : (root, query, cb) -> cb.equal(root.get(attribute), value);
	}
}
