package org.pacer.process;

import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.pacer.time.PacerClock;
import org.springframework.stereotype.Component;

/** Due dates for user tasks, from the diagrams: {@code camunda:dueDate="${dueDates.days(7)}"}. */
@Component("dueDates")
@ProcessExpressions
public class DueDates {

	private final PacerClock clock;

	public DueDates(PacerClock clock) {
		this.clock = clock;
	}

	public Date days(int days) {
		return Date.from(clock.now().plus(days, ChronoUnit.DAYS));
	}
}
