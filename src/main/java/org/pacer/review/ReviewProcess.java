package org.pacer.review;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.pacer.process.ProcessVariable;
import org.pacer.process.Processes;
import org.pacer.relationship.LifecycleProcess;

/**
 * The variables of performance-review (processes/performance-review.bpmn), named once. Besides
 * {@link Processes#RELATIONSHIP_ID}: the lifecycle hands over the period, the joint improvement is called with the
 * review.
 */
public final class ReviewProcess {

	/** The lifecycle's period, handed to the review when it starts. */
	static final ProcessVariable<LocalDate> PERIOD_START = LifecycleProcess.PERIOD_START;

	/** The review's id; joint-improvement receives it from the call activity. */
	public static final ProcessVariable<Long> REVIEW_ID = ProcessVariable.id("reviewId");

	// Task_OpenReview and the results deadline, moved by Task_ChaseMissingResults
	static final ProcessVariable<Boolean> RESULTS_COMPLETE = ProcessVariable.flag("resultsComplete");

	static final ProcessVariable<Date> RESULTS_DUE_AT = ProcessVariable.written("resultsDueAt", Date.class);

	static final ProcessVariable<Date> REMINDER_AT = ProcessVariable.written("reminderAt", Date.class);

	static final ProcessVariable<Boolean> PROCEED_WITHOUT_RESULTS = ProcessVariable.flag("proceedWithoutResults");

	// Task_ComputeScorecard: the counts feed the improvement-trigger decision by these names
	static final ProcessVariable<Long> SCORECARD_ID = ProcessVariable.id("scorecardId");

	static final ProcessVariable<Integer> RED_COUNT = ProcessVariable.number("redCount");

	static final ProcessVariable<Integer> AMBER_COUNT = ProcessVariable.number("amberCount");

	static final ProcessVariable<Integer> NO_DATA_COUNT = ProcessVariable.number("noDataCount");

	static final ProcessVariable<Boolean> IN_RAMP_UP = ProcessVariable.flag("inRampUp");

	/** The decision's single result: {@code improvementNeeded} and {@code reason}. */
	@SuppressWarnings("rawtypes")
	static final ProcessVariable<Map> RECOMMENDATION = ProcessVariable.written("recommendation", Map.class);

	// Task_ReviewPerformance
	static final ProcessVariable<String> ASSESSMENT = ProcessVariable.text("assessment");

	static final ProcessVariable<Boolean> IMPROVEMENT_NEEDED = ProcessVariable.flag("improvementNeeded");

	static final ProcessVariable<String> OVERRIDE_REASON = ProcessVariable.text("overrideReason");

	// Task_AcknowledgeReview
	static final ProcessVariable<Boolean> REVIEW_ACCEPTED = ProcessVariable.flag("reviewAccepted");

	static final ProcessVariable<String> DISPUTE_REASON = ProcessVariable.text("disputeReason");

	static final ProcessVariable<Boolean> REOPEN_REVIEW = ProcessVariable.flag("reopenReview");

	private ReviewProcess() {
	}
}
