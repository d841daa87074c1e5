package org.pacer.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Bad input, field by field. Thrown before anything is written, so a refused request changes nothing. */
public class ValidationException extends RuntimeException {

	private final Map<String, String> fieldErrors;

	public ValidationException(Map<String, String> fieldErrors) {
		super(fieldErrors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")));
		this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
	}

	public static ValidationException of(String field, String message) {
		return new ValidationException(Map.of(field, message));
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}
}
