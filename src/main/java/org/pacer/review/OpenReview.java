package org.pacer.review;

import static org.pacer.review.ReviewProcess.PERIOD_START;
import static org.pacer.review.ReviewProcess.REMINDER_AT;
import static org.pacer.review.ReviewProcess.RESULTS_COMPLETE;
import static org.pacer.review.ReviewProcess.RESULTS_DUE_AT;
import static org.pacer.review.ReviewProcess.REVIEW_ID;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.measure.MeasureService;
import org.pacer.process.Processes;
import org.pacer.relationship.RelationshipService;
import org.pacer.result.ResultService;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Component;

/** Task_OpenReview: opens the review, says whether every result is already in, and sets the results deadline. */
@Component("openReview")
class OpenReview implements JavaDelegate {

	private final ReviewService reviews;

	private final ResultService results;

	private final MeasureService measures;

	private final RelationshipService relationships;

	private final ReviewSettings settings;

	private final PacerClock clock;

	public OpenReview(ReviewService reviews, ResultService results, MeasureService measures,
			RelationshipService relationships, ReviewSettings settings, PacerClock clock) {
		this.reviews = reviews;
		this.results = results;
		this.measures = measures;
		this.relationships = relationships;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long relationshipId = Processes.RELATIONSHIP_ID.read(execution);
		LocalDate periodStart = PERIOD_START.read(execution);
		PerformanceReview review = reviews.open(relationshipId, periodStart, execution.getProcessInstanceId());
		boolean hasMeasures = !measures.measuresOf(relationshipId).isEmpty();
		ResultsDeadline deadline = ResultsDeadline.of(relationships.get(relationshipId), periodStart, settings, clock);
		REVIEW_ID.set(execution, review.getId());
		RESULTS_COMPLETE.set(execution, hasMeasures && results.missing(relationshipId, periodStart).isEmpty());
		RESULTS_DUE_AT.set(execution, deadline.dueAt());
		REMINDER_AT.set(execution, deadline.reminderAt());
	}
}
