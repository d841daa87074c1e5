package org.pacer.measure;

import static org.pacer.relationship.LifecycleProcess.DISPUTE_REASON;
import static org.pacer.relationship.LifecycleProcess.MEASURES_ACCEPTED;

import java.util.HashMap;
import java.util.Map;

import org.pacer.taskform.FormFields;
import org.pacer.taskform.TaskContext;
import org.pacer.taskform.TaskForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/** Task_AgreeMeasures: the provider sees every measure with its target and accepts them or disputes with a reason. */
@Component
class AgreeMeasuresForm implements TaskForm {

	private final MeasureService measures;

	public AgreeMeasuresForm(MeasureService measures) {
		this.measures = measures;
	}

	@Override
	public String taskKey() {
		return "Task_AgreeMeasures";
	}

	@Override
	public String view() {
		return "tasks/agree-measures";
	}

	@Override
	public void show(TaskContext task, Model model) {
		var all = measures.measuresOf(task.relationship().getId());
		model.addAttribute("measures", all);
		model.addAttribute("versions", measures.currentVersions(all, task.relationship().firstPeriod()).stream()
				.collect(java.util.stream.Collectors.toMap(MeasureVersion::getMeasureId, v -> v)));
	}

	@Override
	public Map<String, Object> read(TaskContext task, MultiValueMap<String, String> form) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(MEASURES_ACCEPTED.name(), FormFields.choice(form, MEASURES_ACCEPTED.name()));
		variables.put(DISPUTE_REASON.name(), FormFields.text(form, DISPUTE_REASON.name()));
		return variables;
	}
}
