package org.pacer.common;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects field errors so a form reports every problem at once, then throws if there is any. */
public final class Errors {

	private final Map<String, String> errors = new LinkedHashMap<>();

	public Errors reject(String field, String message) {
		errors.putIfAbsent(field, message);
		return this;
	}

	public Errors rejectIf(boolean condition, String field, String message) {
		if (condition) {
			reject(field, message);
		}
		return this;
	}

	/** The text as {@link UserInput#text} gives it (trimmed, null when blank), or null with its refusal kept here. */
	public String text(String value, String field, int max) {
		try {
			return UserInput.text(value, field, max);
		}
		catch (ValidationException e) {
			e.fieldErrors().forEach(this::reject);
			return null;
		}
	}

	public boolean isEmpty() {
		return errors.isEmpty();
	}

	public void throwIfAny() {
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
	}
}
