package org.pacer.review;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.TaskInput;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipService;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Component;

/** Task_ScheduleNextReview: the next period of the relationship and the moment it ends. */
@Component("scheduleNextReview")
class ScheduleNextReview implements JavaDelegate {

	private final RelationshipService relationships;

	private final PacerClock clock;

	public ScheduleNextReview(RelationshipService relationships, PacerClock clock) {
		this.relationships = relationships;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Relationship relationship = relationships.get(TaskInput.id(execution, "relationshipId"));
		String previous = TaskInput.text(execution, "periodStart");
		LocalDate next = previous == null ? relationship.firstPeriod()
				: relationship.getReviewPeriod().next(LocalDate.parse(previous));
		execution.setVariable("periodStart", next.toString());
		execution.setVariable("periodEndsAt", clock.startOf(relationship.getReviewPeriod().endOf(next)));
	}
}
