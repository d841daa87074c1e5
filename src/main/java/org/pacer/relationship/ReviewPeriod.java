package org.pacer.relationship;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** How often the provider is reviewed. A period is named by its first day. */
public enum ReviewPeriod {
	MONTHLY(1),
	QUARTERLY(3);

	private final int months;

	ReviewPeriod(int months) {
		this.months = months;
	}

	public int months() {
		return months;
	}

	/** The start of the period that contains the given day. */
	public LocalDate periodContaining(LocalDate day) {
		LocalDate first = day.withDayOfMonth(1);
		return first.minusMonths((first.getMonthValue() - 1) % months);
	}

	public LocalDate next(LocalDate periodStart) {
		return periodStart.plusMonths(months);
	}

	/** The first day after the period: the day the review of the period becomes due. */
	public LocalDate endOf(LocalDate periodStart) {
		return next(periodStart);
	}

	public String label(LocalDate periodStart) {
		return this == MONTHLY
				? String.format("%d-%02d", periodStart.getYear(), periodStart.getMonthValue())
				: periodStart.getYear() + "-Q" + periodStart.get(IsoFields.QUARTER_OF_YEAR);
	}
}
