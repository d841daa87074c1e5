package org.pacer.measure;

import java.math.BigDecimal;

import org.pacer.common.Errors;

/**
 * The values a measure's results may take; either end may be open (null). A share of availability takes 0 to 100 %,
 * a count is never negative: a result outside is a typing or reporting error, refused at every door.
 */
public record ValidRange(BigDecimal min, BigDecimal max) {

	/** No limit at either end. */
	public static final ValidRange OPEN = new ValidRange(null, null);

	public boolean contains(BigDecimal value) {
		return value == null || (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
	}

	/** The same bounds by value: 100 and 100.0000 (as read back from the database) are one bound. */
	public boolean sameAs(ValidRange other) {
		return same(min, other.min) && same(max, other.max);
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	public boolean isOpen() {
		return min == null && max == null;
	}

	/** "0 to 100 %", "at least 0 hours", "at most 5 count": how a page or a refusal says it. */
	public String describe(String unit) {
		String in = unit == null || unit.isBlank() ? "" : " " + unit;
		if (min != null && max != null) {
			return plain(min) + " to " + plain(max) + in;
		}
		if (min != null) {
			return "at least " + plain(min) + in;
		}
		return max == null ? "any value" : "at most " + plain(max) + in;
	}

	/**
	 * Rejects a range whose low end is not below its high end, and a target or amber line outside it: a template or a
	 * measure never suggests a value its own results could not take.
	 */
	public void check(Errors errors, BigDecimal target, BigDecimal threshold, String unit) {
		if (min != null && max != null && min.compareTo(max) >= 0) {
			errors.reject("validMax", "The highest valid value must be above the lowest (" + plain(min) + ")");
			return;
		}
		errors.rejectIf(!contains(target), "target", "The target is outside the valid values (" + describe(unit) + ")");
		errors.rejectIf(!contains(threshold), "threshold",
				"The amber line is outside the valid values (" + describe(unit) + ")");
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
