package org.pacer.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.pacer.time.FixedClock;
import org.pacer.time.PacerClock;

/** The dates a sourcing decision's path waits for, without Spring or the engine. */
class DecisionDeadlinesTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final PacerClock clock = new FixedClock(LocalDateTime.of(2026, 7, 9, 16, 45), BERLIN);

	@Test
	void aRemediationWaitsUntilTheStartOfItsDeadlineAndHasNoNoticePeriod() {
		// given the board remediates until 30 September
		SourcingDecision decision = decided(SourcingOption.REMEDIATE, LocalDate.of(2026, 9, 30), null);

		// when the deadlines are worked out
		DecisionDeadlines deadlines = DecisionDeadlines.of(decision, clock);

		// then the timer fires as that day begins in Pacer's zone
		assertThat(deadlines.remediationDeadline()).isEqualTo(midnight(LocalDate.of(2026, 9, 30)));
		assertThat(deadlines.noticeEndsAt()).isNull();
	}

	@Test
	void aReTenderEndsItsNoticeTheGivenDaysFromTodayAtTheStartOfThatDay() {
		SourcingDecision decision = decided(SourcingOption.RE_TENDER, null, 90);

		DecisionDeadlines deadlines = DecisionDeadlines.of(decision, clock);

		assertThat(deadlines.noticeEndsAt()).isEqualTo(midnight(LocalDate.of(2026, 10, 7)));
		assertThat(deadlines.remediationDeadline()).isNull();
	}

	@Test
	void continuingWaitsForNothing() {
		DecisionDeadlines deadlines = DecisionDeadlines.of(decided(SourcingOption.CONTINUE, null, null), clock);

		assertThat(deadlines).isEqualTo(new DecisionDeadlines(null, null));
	}

	private SourcingDecision decided(SourcingOption option, LocalDate deadline, Integer noticeDays) {
		SourcingDecision decision = new SourcingDecision(4L, SourcingTrigger.SCHEDULED, clock.now(), "{}", "all");
		decision.decide(option, "The board's reasons", deadline, noticeDays, "board", clock.now());
		return decision;
	}

	private static Date midnight(LocalDate day) {
		return Date.from(day.atStartOfDay(BERLIN).toInstant());
	}
}
