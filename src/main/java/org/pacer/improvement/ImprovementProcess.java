package org.pacer.improvement;

import org.pacer.process.ProcessVariable;
import org.pacer.process.Processes;
import org.pacer.review.ReviewProcess;

/**
 * The variables of joint-improvement (processes/joint-improvement.bpmn), named once. Besides
 * {@link Processes#RELATIONSHIP_ID}: the review that calls the plan passes its id.
 */
final class ImprovementProcess {

	/** The calling review's id, passed in by performance-review's call activity. */
	static final ProcessVariable<Long> REVIEW_ID = ReviewProcess.REVIEW_ID;

	static final ProcessVariable<Long> PLAN_ID = ProcessVariable.id("planId");

	// Task_AssessMaturity
	static final ProcessVariable<Integer> MATURITY_LEVEL = ProcessVariable.number("maturityLevel");

	static final ProcessVariable<String> EVIDENCE = ProcessVariable.text("evidence");

	// Task_ReviewImprovementPlan
	static final ProcessVariable<Boolean> PLAN_APPROVED = ProcessVariable.flag("planApproved");

	static final ProcessVariable<String> CHANGE_COMMENTS = ProcessVariable.text("changeComments");

	/** Each instance of the action tracking subprocess: its element variable. */
	static final ProcessVariable<Long> ACTION_ID = ProcessVariable.id("actionId");

	static final ProcessVariable<String> COMPLETION_NOTE = ProcessVariable.text("completionNote");

	static final ProcessVariable<String> CHASE_NOTE = ProcessVariable.text("chaseNote");

	private ImprovementProcess() {
	}
}
