package org.pacer.review;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.pacer.process.Processes;
import org.pacer.result.ResultService;
import org.pacer.result.ResultsSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the last result of a period arrives (by form, CSV or API), the waiting "Submit period results" task
 * completes itself, in the same transaction as the results.
 */
@Component
public class CompleteResultsTaskWhenAllArrived {

	static final String SUBMIT_RESULTS = "Task_SubmitPeriodResults";

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
		Task waiting = tasks.createTaskQuery().processDefinitionKey(Processes.PERFORMANCE_REVIEW)
				.processInstanceBusinessKey(Processes.reviewKey(event.relationshipId(), event.periodStart()))
				.taskDefinitionKey(SUBMIT_RESULTS).singleResult();
		if (waiting != null) {
			tasks.complete(waiting.getId());
		}
	}
}
