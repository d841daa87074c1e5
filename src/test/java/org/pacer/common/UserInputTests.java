package org.pacer.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The bounds of what people may type, and the field each refusal names. */
class UserInputTests {

	@Test
	void amountsWithinTheRangeAreTakenAsTyped() {
		assertThat(UserInput.amount(" 99,95 ", "value")).isEqualByComparingTo("99.95");
		assertThat(UserInput.amount("-2.5", "value")).isEqualByComparingTo("-2.5");
		assertThat(UserInput.amount("999999999999.999999", "value")).isEqualByComparingTo("999999999999.999999");
		assertThat(UserInput.amount("1.5000000", "value")).isEqualByComparingTo("1.5");
		assertThat(UserInput.amount(" ", "value")).isNull();
	}

	@Test
	void amountsBeyondTheRangeOrTooPreciseOrTooLongAreRefusedOnTheirField() {
		assertRefused(() -> UserInput.amount("1e12", "value"), "value", "Give a number between");
		assertRefused(() -> UserInput.amount("-1e308", "value"), "value", "Give a number between");
		assertRefused(() -> UserInput.amount("0.0000001", "value"), "value", "Give at most 6 decimals");
		assertRefused(() -> UserInput.amount("1e100000", "value"), "value", "Give a number between");
		assertRefused(() -> UserInput.amount("9".repeat(1000), "value"), "value", "too long for a number");
		assertRefused(() -> UserInput.amount("two", "value"), "value", "'two' is not a number");
	}

	@Test
	void wholeNumbersThatOverflowAreOutOfRangeNotAFailure() {
		assertThat(UserInput.whole("2147483647", "days")).isEqualTo(Integer.MAX_VALUE);
		assertThat(UserInput.whole("-007", "days")).isEqualTo(-7);
		assertRefused(() -> UserInput.whole("2147483648", "days"), "days", "Give a whole number from");
		assertRefused(() -> UserInput.whole("9".repeat(1000), "days"), "days", "Give a whole number from");
		assertRefused(() -> UserInput.whole("-" + "9".repeat(30), "days"), "days", "Give a whole number from");
		assertRefused(() -> UserInput.whole("1e3", "days"), "days", "Give a whole number");
		assertRefused(() -> UserInput.whole("0", "days", 1, 365), "days", "Give a whole number from 1 to 365");
	}

	@Test
	void datesOutsideTheWindowAndLongTextsAreRefusedOnTheirField() {
		assertThat(UserInput.date("2200-12-31", "dueDate")).isEqualTo(LocalDate.of(2200, 12, 31));
		assertRefused(() -> UserInput.date("+999999999-12-31", "dueDate"), "dueDate", "Give a date from 1900-01-01");
		assertRefused(() -> UserInput.date("1899-12-31", "dueDate"), "dueDate", "Give a date from 1900-01-01");
		assertRefused(() -> UserInput.date("31.12.2026", "dueDate"), "dueDate", "Give a date as YYYY-MM-DD");
		assertThat(UserInput.text("  fine  ", "name", 200)).isEqualTo("fine");
		assertRefused(() -> UserInput.text("x".repeat(201), "name", 200), "name", "at most 200 characters");
	}

	@Test
	void hugePagesClampInsteadOfOverflowing() {
		assertThat(UserInput.clamp(Long.MAX_VALUE, 1, 200)).isEqualTo(200);
		assertThat(UserInput.clamp(-5, 0, Integer.MAX_VALUE)).isZero();
		assertThat(UserInput.clamp(42, 1, 200)).isEqualTo(42);
	}

	private static void assertRefused(Runnable parse, String field, String message) {
		assertThatThrownBy(parse::run).isInstanceOfSatisfying(ValidationException.class,
				e -> assertThat(e.fieldErrors()).containsOnlyKeys(field).hasEntrySatisfying(field,
						m -> assertThat(m).contains(message)));
	}
}
