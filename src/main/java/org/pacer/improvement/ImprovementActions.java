package org.pacer.improvement;

import java.util.Date;
import java.util.List;

import org.pacer.process.ProcessExpressions;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Component;

/**
 * What the joint-improvement diagram asks about actions: {@code ${improvementActions.openActionIds(planId)}},
 * {@code ownerOf(actionId)}, {@code dueAt(actionId)}.
 */
@Component("improvementActions")
@ProcessExpressions
public class ImprovementActions {

	private final ImprovementService improvements;

	private final PacerClock clock;

	public ImprovementActions(ImprovementService improvements, PacerClock clock) {
		this.improvements = improvements;
		this.clock = clock;
	}

	public List<Long> openActionIds(Long planId) {
		return improvements.openActionIds(planId);
	}

	public String ownerOf(Long actionId) {
		return improvements.action(actionId).getOwnerUser();
	}

	/** An action is overdue once its due day has passed. */
	public Date dueAt(Long actionId) {
		return clock.startOf(improvements.action(actionId).getDueDate().plusDays(1));
	}
}
