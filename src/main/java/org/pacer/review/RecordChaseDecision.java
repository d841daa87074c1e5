package org.pacer.review;

import static org.pacer.review.ReviewProcess.PERIOD_START;
import static org.pacer.review.ReviewProcess.PROCEED_WITHOUT_RESULTS;
import static org.pacer.review.ReviewProcess.REMINDER_AT;
import static org.pacer.review.ReviewProcess.RESULTS_DUE_AT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.audit.AuditLog;
import org.pacer.common.ValidationException;
import org.pacer.process.Processes;
import org.pacer.process.TaskInput;
import org.pacer.result.ResultService;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Component;

/**
 * Task_ChaseMissingResults: the manager either reviews without the missing results or gives the provider a week
 * more, which moves the deadline and the reminder so the timers wait again.
 */
@Component("recordChaseDecision")
class RecordChaseDecision implements TaskListener {

	private final AuditLog audit;

	private final PacerClock clock;

	private final ResultService results;

	public RecordChaseDecision(AuditLog audit, PacerClock clock, ResultService results) {
		this.audit = audit;
		this.clock = clock;
		this.results = results;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput.apply(() -> {
			Boolean proceed = PROCEED_WITHOUT_RESULTS.read(task);
			if (proceed == null) {
				throw ValidationException.of(PROCEED_WITHOUT_RESULTS.name(),
						"Review without the missing results, or give the provider more time");
			}
			long relationshipId = Processes.RELATIONSHIP_ID.read(task);
			if (proceed && results.allIn(relationshipId, PERIOD_START.read(task))) {
				audit.record(relationshipId, TaskInput.actor(task), "RESULTS_ARRIVED",
						"Every result arrived while the manager was chasing; the review goes ahead");
			}
			else if (proceed) {
				audit.record(relationshipId, TaskInput.actor(task), "RESULTS_WAIVED",
						"Review goes ahead; missing results show as NO DATA");
			}
			else {
				ResultsDeadline extended = ResultsDeadline.extended(clock);
				RESULTS_DUE_AT.set(task.getExecution(), extended.dueAt());
				REMINDER_AT.set(task.getExecution(), extended.reminderAt());
				audit.record(relationshipId, TaskInput.actor(task), "RESULTS_EXTENDED",
						"Provider has " + ResultsDeadline.EXTENSION_DAYS + " more days to submit results");
			}
			PROCEED_WITHOUT_RESULTS.set(task.getExecution(), proceed);
		});
	}
}
