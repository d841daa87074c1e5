package org.pacer.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one clock of Pacer. It reads the engine's clock so that timers, history and our own timestamps agree,
 * also when a test or the demo loader moves time. Feature code reads time only here.
 */
@Component
public class PacerClock {

	public Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	public Date nowAsDate() {
		return Date.from(now());
	}

	public LocalDate today() {
		return LocalDate.ofInstant(now(), zone());
	}

	public ZoneId zone() {
		return ZoneId.systemDefault();
	}

	/** Moves Pacer's and the engine's time: only the demo loader and tests do this, to replay past periods. */
	public void travelTo(java.time.LocalDateTime moment) {
		ClockUtil.setCurrentTime(Date.from(moment.atZone(zone()).toInstant()));
	}

	public void backToNow() {
		ClockUtil.reset();
	}

	public Date startOf(LocalDate day) {
		return Date.from(day.atStartOfDay(zone()).toInstant());
	}
}
