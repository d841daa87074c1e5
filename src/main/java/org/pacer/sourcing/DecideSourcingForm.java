package org.pacer.sourcing;

import static org.pacer.sourcing.SourcingProcess.IN_HOUSE_TEAM;
import static org.pacer.sourcing.SourcingProcess.NOTICE_PERIOD_DAYS;
import static org.pacer.sourcing.SourcingProcess.RATIONALE;
import static org.pacer.sourcing.SourcingProcess.REMEDIATION_DEADLINE;
import static org.pacer.sourcing.SourcingProcess.SOURCING_DECISION_ID;
import static org.pacer.sourcing.SourcingProcess.SOURCING_OPTION;

import java.util.HashMap;
import java.util.Map;

import org.pacer.taskform.FormFields;
import org.pacer.taskform.TaskContext;
import org.pacer.taskform.TaskForm;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * Task_DecideSourcing: the sourcing board weighs the evidence pack frozen when the decision was prepared and makes
 * the real choice. Only the chosen option's extra field is sent, so a value left in a hidden field cannot refuse it.
 */
@Component
class DecideSourcingForm implements TaskForm {

	private final SourcingService sourcing;

	private final PacerClock clock;

	public DecideSourcingForm(SourcingService sourcing, PacerClock clock) {
		this.sourcing = sourcing;
		this.clock = clock;
	}

	@Override
	public String taskKey() {
		return "Task_DecideSourcing";
	}

	@Override
	public String view() {
		return "tasks/decide-sourcing";
	}

	@Override
	public void show(TaskContext task, Model model) {
		SourcingDecision decision = sourcing.get(task.id(SOURCING_DECISION_ID.name()));
		model.addAttribute("decision", decision);
		model.addAttribute("evidence", sourcing.evidenceOf(decision));
		model.addAttribute("options", SourcingOption.values());
	}

	@Override
	public Map<String, Object> read(TaskContext task, MultiValueMap<String, String> form) {
		String option = FormFields.text(form, SOURCING_OPTION.name());
		Map<String, Object> variables = new HashMap<>();
		variables.put(SOURCING_OPTION.name(), option);
		variables.put(RATIONALE.name(), FormFields.text(form, RATIONALE.name()));
		if (SourcingOption.REMEDIATE.name().equals(option)) {
			var deadline = FormFields.date(form, REMEDIATION_DEADLINE.name());
			// the listener reads a date variable as the day it starts on, in Pacer's zone
			variables.put(REMEDIATION_DEADLINE.name(), deadline == null ? null : clock.startOf(deadline));
		}
		else if (SourcingOption.RE_TENDER.name().equals(option)) {
			variables.put(NOTICE_PERIOD_DAYS.name(), FormFields.whole(form, NOTICE_PERIOD_DAYS.name()));
		}
		else if (SourcingOption.BRING_IN_HOUSE.name().equals(option)) {
			variables.put(IN_HOUSE_TEAM.name(), FormFields.text(form, IN_HOUSE_TEAM.name()));
		}
		return variables;
	}
}
