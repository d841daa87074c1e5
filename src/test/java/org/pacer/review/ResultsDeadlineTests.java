package org.pacer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.ReviewPeriod;
import org.pacer.time.FixedClock;
import org.pacer.time.PacerClock;

/** The results deadline without Spring or the engine: a clock fixed in a zone that is not UTC. */
class ResultsDeadlineTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final PacerClock clock = new FixedClock(LocalDateTime.of(2026, 11, 5, 14, 30), BERLIN);

	@Test
	void resultsAreDueTheSetDaysAfterTheMonthEndsAtMidnightInPacersZoneWithTheReminderBefore() {
		// given a monthly relationship, results due 10 days after the period, reminded 3 days before
		Relationship relationship = new Relationship("Hosting", null, "maria", ReviewPeriod.MONTHLY,
				LocalDate.of(2026, 1, 1), clock.now());

		// when the October review opens
		ResultsDeadline deadline = ResultsDeadline.of(relationship, LocalDate.of(2026, 10, 1),
				new ReviewSettings(10, 3), clock);

		// then October ends on 1 November: due 11 November, reminder 8 November, each at the start of the day
		assertThat(deadline.dueAt()).isEqualTo(midnight(LocalDate.of(2026, 11, 11)));
		assertThat(deadline.reminderAt()).isEqualTo(midnight(LocalDate.of(2026, 11, 8)));
	}

	@Test
	void aQuarterlyPeriodEndsAfterThreeMonths() {
		Relationship relationship = new Relationship("Desk", null, "tom", ReviewPeriod.QUARTERLY,
				LocalDate.of(2026, 1, 1), clock.now());

		ResultsDeadline deadline = ResultsDeadline.of(relationship, LocalDate.of(2026, 7, 1),
				new ReviewSettings(5, 1), clock);

		assertThat(deadline.dueAt()).isEqualTo(midnight(LocalDate.of(2026, 10, 6)));
		assertThat(deadline.reminderAt()).isEqualTo(midnight(LocalDate.of(2026, 10, 5)));
	}

	@Test
	void anExtensionGivesAWeekFromNowToTheMinuteWithTheReminderTwoDaysBeforeItsEnd() {
		// when the manager gives the provider more time
		ResultsDeadline extended = ResultsDeadline.extended(clock);

		// then the new deadline counts from this moment, not from a day's start
		assertThat(ResultsDeadline.EXTENSION_DAYS).isEqualTo(7);
		assertThat(extended.dueAt()).isEqualTo(at(LocalDateTime.of(2026, 11, 12, 14, 30)));
		assertThat(extended.reminderAt()).isEqualTo(at(LocalDateTime.of(2026, 11, 10, 14, 30)));
	}

	private static Date midnight(LocalDate day) {
		return at(day.atStartOfDay());
	}

	private static Date at(LocalDateTime moment) {
		return Date.from(moment.atZone(BERLIN).toInstant());
	}
}
