package org.pacer.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.audit.AuditLog;
import org.pacer.common.ValidationException;
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

	static final int EXTENSION_DAYS = 7;

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
			Boolean proceed = TaskInput.flag(task, "proceedWithoutResults");
			if (proceed == null) {
				throw ValidationException.of("proceedWithoutResults",
						"Review without the missing results, or give the provider more time");
			}
			long relationshipId = TaskInput.id(task, "relationshipId");
			if (proceed && results.allIn(relationshipId, LocalDate.parse(TaskInput.text(task, "periodStart")))) {
				audit.record(relationshipId, TaskInput.actor(task), "RESULTS_ARRIVED",
						"Every result arrived while the manager was chasing; the review goes ahead");
			}
			else if (proceed) {
				audit.record(relationshipId, TaskInput.actor(task), "RESULTS_WAIVED",
						"Review goes ahead; missing results show as NO DATA");
			}
			else {
				task.getExecution().setVariable("resultsDueAt",
						Date.from(clock.now().plus(EXTENSION_DAYS, ChronoUnit.DAYS)));
				task.getExecution().setVariable("reminderAt",
						Date.from(clock.now().plus(EXTENSION_DAYS - 2, ChronoUnit.DAYS)));
				audit.record(relationshipId, TaskInput.actor(task), "RESULTS_EXTENDED",
						"Provider has " + EXTENSION_DAYS + " more days to submit results");
			}
			task.getExecution().setVariable("proceedWithoutResults", proceed);
		});
	}
}
