package org.pacer.review;

import static org.pacer.review.ReviewProcess.PROCEED_WITHOUT_RESULTS;

import java.util.HashMap;
import java.util.Map;

import org.pacer.result.ResultService;
import org.pacer.result.SubmitResultsForm;
import org.pacer.taskform.FormFields;
import org.pacer.taskform.TaskContext;
import org.pacer.taskform.TaskForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * Task_ChaseMissingResults: the results deadline passed with results missing; the manager reviews without them
 * (they show as NO DATA) or gives the provider more days.
 */
@Component
class ChaseMissingResultsForm implements TaskForm {

	private final ResultService results;

	public ChaseMissingResultsForm(ResultService results) {
		this.results = results;
	}

	@Override
	public String taskKey() {
		return "Task_ChaseMissingResults";
	}

	@Override
	public String view() {
		return "tasks/chase-results";
	}

	@Override
	public void show(TaskContext task, Model model) {
		model.addAttribute("missing", results.missing(task.relationship().getId(), SubmitResultsForm.period(task)));
		model.addAttribute("extensionDays", ResultsDeadline.EXTENSION_DAYS);
	}

	@Override
	public Map<String, Object> read(TaskContext task, MultiValueMap<String, String> form) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(PROCEED_WITHOUT_RESULTS.name(), FormFields.choice(form, PROCEED_WITHOUT_RESULTS.name()));
		return variables;
	}
}
