package org.pacer.review;

import static org.pacer.relationship.LifecycleProcess.PERIOD_ENDS_AT;
import static org.pacer.relationship.LifecycleProcess.PERIOD_START;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.Processes;
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
		Relationship relationship = relationships.get(Processes.RELATIONSHIP_ID.read(execution));
		LocalDate previous = PERIOD_START.read(execution);
		LocalDate next = previous == null ? relationship.firstPeriod() : relationship.getReviewPeriod().next(previous);
		PERIOD_START.set(execution, next);
		PERIOD_ENDS_AT.set(execution, clock.startOf(relationship.getReviewPeriod().endOf(next)));
	}
}
