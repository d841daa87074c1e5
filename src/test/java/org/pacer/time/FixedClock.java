package org.pacer.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Pacer's clock stopped at one moment of a given zone, for domain tests that run without the engine. */
public final class FixedClock extends PacerClock {

	private final Instant now;

	private final ZoneId zone;

	public FixedClock(LocalDateTime moment, ZoneId zone) {
		this.now = moment.atZone(zone).toInstant();
		this.zone = zone;
	}

	@Override
	public Instant now() {
		return now;
	}

	@Override
	public ZoneId zone() {
		return zone;
	}
}
