package org.pacer.review;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.measure.MeasureService;
import org.pacer.process.TaskInput;
import org.pacer.relationship.Relationship;
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
		long relationshipId = TaskInput.id(execution, "relationshipId");
		LocalDate periodStart = LocalDate.parse(TaskInput.text(execution, "periodStart"));
		Relationship relationship = relationships.get(relationshipId);
		PerformanceReview review = reviews.open(relationshipId, periodStart, execution.getProcessInstanceId());
		boolean hasMeasures = !measures.measuresOf(relationshipId).isEmpty();
		LocalDate due = relationship.getReviewPeriod().endOf(periodStart).plusDays(settings.resultsDueDays());
		Date dueAt = clock.startOf(due);
		execution.setVariable("reviewId", review.getId());
		execution.setVariable("resultsComplete", hasMeasures && results.missing(relationshipId, periodStart).isEmpty());
		execution.setVariable("resultsDueAt", dueAt);
		execution.setVariable("reminderAt", clock.startOf(due.minusDays(settings.reminderDaysBeforeDue())));
	}
}
