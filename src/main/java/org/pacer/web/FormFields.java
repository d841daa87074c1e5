package org.pacer.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.pacer.common.ValidationException;
import org.springframework.util.MultiValueMap;

/** Reads posted form fields; a value that does not parse is a validation error on that field. */
public final class FormFields {

	private FormFields() {
	}

	public static String text(MultiValueMap<String, String> form, String name) {
		String value = form.getFirst(name);
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** A checkbox or a yes/no choice: "true"/"on" is true, "false" is false, absent is null. */
	public static Boolean choice(MultiValueMap<String, String> form, String name) {
		String value = text(form, name);
		if (value == null) {
			return null;
		}
		return value.equals("true") || value.equals("on");
	}

	public static Integer whole(MultiValueMap<String, String> form, String name) {
		String value = text(form, name);
		try {
			return value == null ? null : Integer.valueOf(value);
		}
		catch (NumberFormatException e) {
			throw ValidationException.of(name, "Give a whole number");
		}
	}

	public static BigDecimal number(MultiValueMap<String, String> form, String name) {
		return number(text(form, name), name);
	}

	public static BigDecimal number(String value, String field) {
		try {
			return value == null || value.isBlank() ? null : new BigDecimal(value.trim().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw ValidationException.of(field, "'" + value + "' is not a number");
		}
	}

	public static LocalDate date(MultiValueMap<String, String> form, String name) {
		String value = text(form, name);
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			throw ValidationException.of(name, "Give a date as YYYY-MM-DD");
		}
	}
}
