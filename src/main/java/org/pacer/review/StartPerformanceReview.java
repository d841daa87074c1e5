package org.pacer.review;

import static org.pacer.review.ReviewProcess.PERIOD_START;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.pacer.process.Processes;
import org.springframework.stereotype.Component;

/**
 * Task_StartPerformanceReview: starts the period's review as its own instance, so a long review or improvement
 * never delays the next period. A retried job does not start a second review of the same period.
 */
@Component("startPerformanceReview")
class StartPerformanceReview implements JavaDelegate {

	private final RuntimeService runtime;

	private final PerformanceReviewRepository reviews;

	public StartPerformanceReview(RuntimeService runtime, PerformanceReviewRepository reviews) {
		this.runtime = runtime;
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long relationshipId = Processes.RELATIONSHIP_ID.read(execution);
		LocalDate periodStart = PERIOD_START.read(execution);
		String businessKey = Processes.reviewKey(relationshipId, periodStart);
		boolean started = reviews.findByRelationshipIdAndPeriodStart(relationshipId, periodStart).isPresent()
				|| runtime.createProcessInstanceQuery().processDefinitionKey(Processes.PERFORMANCE_REVIEW)
						.processInstanceBusinessKey(businessKey).count() > 0;
		if (!started) {
			runtime.startProcessInstanceByKey(Processes.PERFORMANCE_REVIEW, businessKey,
					Map.ofEntries(Processes.RELATIONSHIP_ID.entry(relationshipId), PERIOD_START.entry(periodStart)));
		}
	}
}
