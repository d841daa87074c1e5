package org.pacer.sourcing;

import static org.pacer.sourcing.SourcingProcess.IN_HOUSE_TEAM;
import static org.pacer.sourcing.SourcingProcess.NOTICE_ENDS_AT;
import static org.pacer.sourcing.SourcingProcess.NOTICE_PERIOD_DAYS;
import static org.pacer.sourcing.SourcingProcess.RATIONALE;
import static org.pacer.sourcing.SourcingProcess.REMEDIATION_DEADLINE;
import static org.pacer.sourcing.SourcingProcess.SOURCING_DECISION_ID;
import static org.pacer.sourcing.SourcingProcess.SOURCING_OPTION;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.process.TaskInput;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Component;

/** Task_DecideSourcing: records the board's choice and sets the dates its path waits for. */
@Component("recordSourcingDecision")
class RecordSourcingDecision implements TaskListener {

	private final SourcingService sourcing;

	private final PacerClock clock;

	public RecordSourcingDecision(SourcingService sourcing, PacerClock clock) {
		this.sourcing = sourcing;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInput.apply(() -> {
			SourcingOption option = SOURCING_OPTION.read(task);
			LocalDate deadline = REMEDIATION_DEADLINE.readDay(task, clock.zone());
			Integer noticeDays = NOTICE_PERIOD_DAYS.read(task);
			SourcingDecision decision = sourcing.decide(SOURCING_DECISION_ID.read(task),
					new SourcingService.Choice(option, RATIONALE.read(task), deadline, noticeDays,
							IN_HOUSE_TEAM.read(task)),
					TaskInput.actor(task));
			SOURCING_OPTION.set(task.getExecution(), option);
			DecisionDeadlines deadlines = DecisionDeadlines.of(decision, clock);
			if (deadlines.remediationDeadline() != null) {
				REMEDIATION_DEADLINE.set(task.getExecution(), deadlines.remediationDeadline());
			}
			if (deadlines.noticeEndsAt() != null) {
				NOTICE_ENDS_AT.set(task.getExecution(), deadlines.noticeEndsAt());
			}
		});
	}
}
