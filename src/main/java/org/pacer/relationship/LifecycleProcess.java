package org.pacer.relationship;

import java.time.LocalDate;
import java.util.Date;

import org.pacer.process.ProcessVariable;
import org.pacer.process.Processes;

/**
 * The variables of relationship-lifecycle (processes/relationship-lifecycle.bpmn), named once. Besides
 * {@link Processes#RELATIONSHIP_ID}: the outcomes, measures, review and sourcing modules run its steps and read or
 * write these.
 */
public final class LifecycleProcess {

	/** The ISO 8601 timer cycle of the sourcing review, such as {@code R/P12M}. */
	static final ProcessVariable<String> SOURCING_CYCLE = ProcessVariable.text("sourcingCycle");

	// Task_SetExpectedOutcomes
	public static final ProcessVariable<Integer> EXPECTED_LEVEL = ProcessVariable.number("expectedLevel");

	public static final ProcessVariable<Integer> CURRENT_LEVEL = ProcessVariable.number("currentLevel");

	public static final ProcessVariable<Integer> RAMP_UP_MONTHS = ProcessVariable.number("rampUpMonths");

	public static final ProcessVariable<Boolean> RAMP_UP_NEEDED = ProcessVariable.flag("rampUpNeeded");

	// Task_CheckScorecardCoverage, Task_AgreeMeasures
	public static final ProcessVariable<Boolean> COVERAGE_COMPLETE = ProcessVariable.flag("coverageComplete");

	/** The names of the needs still without a measure, as the define-measures form shows them. */
	public static final ProcessVariable<String> MISSING_NEEDS = ProcessVariable.text("missingNeeds");

	public static final ProcessVariable<Boolean> MEASURES_ACCEPTED = ProcessVariable.flag("measuresAccepted");

	public static final ProcessVariable<String> DISPUTE_REASON = ProcessVariable.text("disputeReason");

	// the review cycles: the period under review, handed to each performance-review instance
	public static final ProcessVariable<LocalDate> PERIOD_START = ProcessVariable.day("periodStart");

	public static final ProcessVariable<Date> PERIOD_ENDS_AT = ProcessVariable.written("periodEndsAt", Date.class);

	// Event_ReviewPublished, Task_CheckRepeatedMisses
	public static final ProcessVariable<Long> LAST_PUBLISHED_REVIEW_ID = ProcessVariable.id("lastPublishedReviewId");

	public static final ProcessVariable<Boolean> REPEATED_MISSES = ProcessVariable.flag("repeatedMisses");

	private LifecycleProcess() {
	}
}
