package org.pacer.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The one place where what people type (forms, CSV files, the API, task completions) becomes numbers, dates and
 * texts. Each refusal is a {@link ValidationException} naming the field, so bad input answers 400 and never reaches
 * a column, a calculation or an index it could overflow. The bounds are far beyond any real result or date and far
 * below what breaks anything: a text is measured before it is parsed, so "1e100000" costs nothing.
 */
public final class UserInput {

	/** Results and targets: up to a trillion either way, with at most six decimals. */
	public static final BigDecimal MAX_AMOUNT = new BigDecimal("1e12");

	public static final int MAX_DECIMALS = 6;

	/** The longest number people type: 13 digits, 6 decimals, a sign, a point and room for spaces. */
	public static final int MAX_NUMBER_CHARS = 30;

	public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	public static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

	/** Assessments, reasons, comments: what a person writes. */
	public static final int MAX_FREE_TEXT = 4000;

	/** Names and titles. */
	public static final int MAX_NAME = 200;

	private UserInput() {
	}

	/** A number within the sane range, or null when blank; a comma as decimal mark is taken. */
	public static BigDecimal amount(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		if (trimmed.length() > MAX_NUMBER_CHARS) {
			throw ValidationException.of(field, "'" + shown(trimmed) + "' is too long for a number: give at most "
					+ MAX_NUMBER_CHARS + " characters");
		}
		BigDecimal value;
		try {
			value = new BigDecimal(trimmed.replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw ValidationException.of(field, "'" + trimmed + "' is not a number");
		}
		return amount(value, field);
	}

	/** A number that arrived typed (a JSON number, an engine variable), held to the same range. */
	public static BigDecimal amount(BigDecimal value, String field) {
		if (value == null) {
			return null;
		}
		if (value.abs().compareTo(MAX_AMOUNT) >= 0) {
			throw ValidationException.of(field, "Give a number between -" + MAX_AMOUNT.toPlainString() + " and "
					+ MAX_AMOUNT.toPlainString() + " (exclusive)");
		}
		if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
			throw ValidationException.of(field, "Give at most " + MAX_DECIMALS + " decimals");
		}
		return value;
	}

	/** A whole number from min to max, or null when blank; an overflowing one is out of range, not a failure. */
	public static Integer whole(String text, String field, int min, int max) {
		return whole(text, field, min, max, "Give a whole number from " + min + " to " + max);
	}

	/** A whole number that fits an int, or null when blank. */
	public static Integer whole(String text, String field) {
		return whole(text, field, Integer.MIN_VALUE, Integer.MAX_VALUE, "Give a whole number");
	}

	private static Integer whole(String text, String field, int min, int max, String notWhole) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		if (!trimmed.matches("[+-]?\\d+")) {
			throw ValidationException.of(field, notWhole);
		}
		// more digits than a long holds is out of range too, not a parse failure
		long value = trimmed.replaceFirst("^[+-]?0*", "").length() > 18
				? (trimmed.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE) : Long.parseLong(trimmed);
		if (value < min || value > max) {
			throw ValidationException.of(field, "Give a whole number from " + min + " to " + max);
		}
		return (int) value;
	}

	/** An id as typed: a positive whole number, or null when blank. */
	public static Long id(String text, String field, String message) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		if (trimmed.length() > 19 || !trimmed.matches("\\d+")) {
			throw ValidationException.of(field, message);
		}
		try {
			return Long.valueOf(trimmed);
		}
		catch (NumberFormatException e) {
			throw ValidationException.of(field, message);
		}
	}

	/** A date as YYYY-MM-DD within the sane window, or null when blank. */
	public static LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			throw ValidationException.of(field, "Give a date as YYYY-MM-DD");
		}
		return date(date, field);
	}

	/** A date that arrived typed, held to the same window. */
	public static LocalDate date(LocalDate date, String field) {
		if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
			throw ValidationException.of(field, "Give a date from " + EARLIEST + " to " + LATEST);
		}
		return date;
	}

	/** The text trimmed, null when blank, refused when longer than max characters. */
	public static String text(String text, String field, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		if (trimmed.length() > max) {
			throw ValidationException.of(field, "Write at most " + max + " characters here (this has " + trimmed.length()
					+ ")");
		}
		return trimmed;
	}

	/** A page or size asked for, held between min and max: huge values clamp instead of overflowing. */
	public static int clamp(long value, int min, int max) {
		return (int) Math.max(min, Math.min(max, value));
	}

	/** The start of a long input, enough to recognise it in a message. */
	private static String shown(String text) {
		return text.length() <= 20 ? text : text.substring(0, 20) + "…";
	}
}
