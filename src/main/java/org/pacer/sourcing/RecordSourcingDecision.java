package org.pacer.sourcing;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.pacer.common.ValidationException;
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
			SourcingOption option = option(TaskInput.text(task, "sourcingOption"));
			LocalDate deadline = TaskInput.date(task, "remediationDeadline", clock.zone());
			Integer noticeDays = TaskInput.number(task, "noticePeriodDays");
			SourcingDecision decision = sourcing.decide(TaskInput.id(task, "sourcingDecisionId"),
					new SourcingService.Choice(option, TaskInput.text(task, "rationale"), deadline, noticeDays,
							TaskInput.text(task, "inHouseTeam")),
					TaskInput.actor(task));
			task.getExecution().setVariable("sourcingOption", option.name());
			if (decision.getRemediationDeadline() != null) {
				task.getExecution().setVariable("remediationDeadline", clock.startOf(decision.getRemediationDeadline()));
			}
			if (decision.getNoticePeriodDays() != null) {
				task.getExecution().setVariable("noticeEndsAt",
						clock.startOf(clock.today().plusDays(decision.getNoticePeriodDays())));
			}
		});
	}

	private static SourcingOption option(String value) {
		try {
			return value == null ? null : SourcingOption.valueOf(value);
		}
		catch (IllegalArgumentException e) {
			throw ValidationException.of("sourcingOption", "Unknown option " + value
					+ "; choose CONTINUE, REMEDIATE, BRING_IN_HOUSE or RE_TENDER");
		}
	}
}
