package org.pacer.sourcing;

import java.util.Date;

import org.pacer.common.ValidationException;
import org.pacer.process.ProcessVariable;
import org.pacer.process.Processes;
import org.pacer.process.RejectedInput;
import org.pacer.process.TaskInput;

/**
 * The variables of sourcing-decision (processes/sourcing-decision.bpmn), named once. Besides
 * {@link Processes#RELATIONSHIP_ID}: the lifecycle starts it for a relationship.
 */
final class SourcingProcess {

	static final ProcessVariable<Long> SOURCING_DECISION_ID = ProcessVariable.id("sourcingDecisionId");

	/** The board's choice, stored by its name: the gateway compares {@code sourcingOption == 'REMEDIATE'}. */
	static final ProcessVariable<SourcingOption> SOURCING_OPTION = ProcessVariable.of("sourcingOption",
			(scope, name) -> option(TaskInput.text(scope, name), name), SourcingOption::name);

	static final ProcessVariable<String> RATIONALE = ProcessVariable.text("rationale");

	/** Read as the day a form or the REST API sent; written back as the moment the remediation timer waits for. */
	static final ProcessVariable<Date> REMEDIATION_DEADLINE = ProcessVariable.written("remediationDeadline",
			Date.class);

	static final ProcessVariable<Integer> NOTICE_PERIOD_DAYS = ProcessVariable.number("noticePeriodDays");

	static final ProcessVariable<Date> NOTICE_ENDS_AT = ProcessVariable.written("noticeEndsAt", Date.class);

	static final ProcessVariable<String> IN_HOUSE_TEAM = ProcessVariable.text("inHouseTeam");

	static final ProcessVariable<Long> SUCCESSOR_RELATIONSHIP_ID = ProcessVariable.id("successorRelationshipId");

	private SourcingProcess() {
	}

	private static SourcingOption option(String value, String name) {
		try {
			return value == null ? null : SourcingOption.valueOf(value);
		}
		catch (IllegalArgumentException e) {
			throw new RejectedInput(ValidationException.of(name, "Unknown option " + value
					+ "; choose CONTINUE, REMEDIATE, BRING_IN_HOUSE or RE_TENDER"));
		}
	}
}
