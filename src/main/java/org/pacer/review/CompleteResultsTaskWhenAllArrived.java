package org.pacer.review;

import static org.pacer.review.ReviewProcess.PROCEED_WITHOUT_RESULTS;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pacer.process.Processes;
import org.pacer.result.ResultService;
import org.pacer.result.ResultsSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the last result of a period arrives (by form, CSV or API), the waiting "Submit period results" task
 * completes itself, in the same transaction as the results; so does a manager's "Chase missing results".
 */
@Component
class CompleteResultsTaskWhenAllArrived {

	static final String SUBMIT_RESULTS = "Task_SubmitPeriodResults";

	static final String CHASE_RESULTS = "Task_ChaseMissingResults";

	private final ResultService results;

	private final TaskService tasks;

	public CompleteResultsTaskWhenAllArrived(ResultService results, TaskService tasks) {
		this.results = results;
		this.tasks = tasks;
	}

	@EventListener
	public void on(ResultsSubmitted event) {
		if (!results.missing(event.relationshipId(), event.periodStart()).isEmpty()) {
			return;
		}
		String review = Processes.reviewKey(event.relationshipId(), event.periodStart());
		Task waiting = waiting(review, SUBMIT_RESULTS);
		if (waiting != null) {
			tasks.complete(waiting.getId());
		}
		// the manager was chasing these results: there is nothing left to chase
		Task chase = waiting(review, CHASE_RESULTS);
		if (chase != null) {
			tasks.complete(chase.getId(), Map.of(PROCEED_WITHOUT_RESULTS.name(), true));
		}
	}

	private Task waiting(String reviewKey, String taskKey) {
		return tasks.createTaskQuery().processDefinitionKey(Processes.PERFORMANCE_REVIEW)
				.processInstanceBusinessKey(reviewKey).taskDefinitionKey(taskKey).singleResult();
	}
}
