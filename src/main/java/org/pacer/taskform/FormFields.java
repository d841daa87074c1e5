package org.pacer.taskform;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.pacer.common.UserInput;
import org.pacer.common.ValidationException;
import org.springframework.util.MultiValueMap;

/**
 * Reads posted form fields through {@link UserInput}; a value that does not parse, or is out of range, is a
 * validation error on that field.
 */
public final class FormFields {

	private FormFields() {
	}

	/**
	 * The field trimmed, or null when blank. No field of a form is longer than free text: a longer one is refused
	 * here, before it becomes a process variable the database cannot hold.
	 */
	public static String text(MultiValueMap<String, String> form, String name) {
		return UserInput.text(form.getFirst(name), name, UserInput.MAX_FREE_TEXT);
	}

	/** A checkbox or a yes/no choice: "true"/"on" is true, "false" is false, absent is null, anything else wrong. */
	public static Boolean choice(MultiValueMap<String, String> form, String name) {
		String value = text(form, name);
		if (value == null) {
			return null;
		}
		return switch (value) {
			case "true", "on" -> true;
			case "false" -> false;
			default -> throw ValidationException.of(name, "Choose yes or no");
		};
	}

	public static Integer whole(MultiValueMap<String, String> form, String name) {
		return UserInput.whole(form.getFirst(name), name);
	}

	public static BigDecimal number(MultiValueMap<String, String> form, String name) {
		return number(form.getFirst(name), name);
	}

	public static BigDecimal number(String value, String field) {
		return UserInput.amount(value, field);
	}

	public static LocalDate date(MultiValueMap<String, String> form, String name) {
		return UserInput.date(form.getFirst(name), name);
	}
}
