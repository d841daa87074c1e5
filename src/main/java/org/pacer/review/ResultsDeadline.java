package org.pacer.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.pacer.relationship.Relationship;
import org.pacer.time.PacerClock;

/** When a period's results are due and when the provider is reminded; the review's timers wait for these. */
record ResultsDeadline(Date dueAt, Date reminderAt) {

	/** The days a manager's chase gives the provider. */
	static final int EXTENSION_DAYS = 7;

	/** The reminder of an extension comes this many days before its end. */
	private static final int EXTENSION_REMINDER_DAYS_BEFORE = 2;

	/** Due a set number of days after the period ends, at the start of that day; reminded some days before. */
	static ResultsDeadline of(Relationship relationship, LocalDate periodStart, ReviewSettings settings,
			PacerClock clock) {
		LocalDate due = relationship.getReviewPeriod().endOf(periodStart).plusDays(settings.resultsDueDays());
		return new ResultsDeadline(clock.startOf(due), clock.startOf(due.minusDays(settings.reminderDaysBeforeDue())));
	}

	/** A week more from now, counted to the moment (not the day), with the reminder two days before. */
	static ResultsDeadline extended(PacerClock clock) {
		return new ResultsDeadline(Date.from(clock.now().plus(EXTENSION_DAYS, ChronoUnit.DAYS)),
				Date.from(clock.now().plus(EXTENSION_DAYS - EXTENSION_REMINDER_DAYS_BEFORE, ChronoUnit.DAYS)));
	}
}
