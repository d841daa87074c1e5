package org.pacer.sourcing;

import java.util.Date;

import org.pacer.time.PacerClock;

/**
 * The moments a decided path waits for, each null when the option has none: the remediation deadline at the start
 * of its day, and the end of a re-tender's notice period, counted in days from today.
 */
record DecisionDeadlines(Date remediationDeadline, Date noticeEndsAt) {

	static DecisionDeadlines of(SourcingDecision decision, PacerClock clock) {
		return new DecisionDeadlines(
				decision.getRemediationDeadline() == null ? null : clock.startOf(decision.getRemediationDeadline()),
				decision.getNoticePeriodDays() == null ? null
						: clock.startOf(clock.today().plusDays(decision.getNoticePeriodDays())));
	}
}
