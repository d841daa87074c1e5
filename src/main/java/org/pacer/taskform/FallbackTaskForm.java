package org.pacer.taskform;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.pacer.common.Errors;
import org.pacer.common.ValidationException;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * The form for a user task Pacer has no purpose-built form for, such as a step a process owner added in the browser
 * modeler: the task's name and description, its relationship if it has one, the Camunda form fields the diagram
 * declares (string, long, boolean, date, enum), and a Complete button. The task's own listeners still validate.
 */
@Component
class FallbackTaskForm implements TaskForm {

	private final FormService forms;

	private final PacerClock clock;

	public FallbackTaskForm(FormService forms, PacerClock clock) {
		this.forms = forms;
		this.clock = clock;
	}

	/** No BPMN id of its own: the controller falls back to it for any task key without a form. */
	@Override
	public String taskKey() {
		return "";
	}

	@Override
	public String view() {
		return "tasks/fallback";
	}

	@Override
	public void show(TaskContext task, Model model) {
		List<FormField> fields = fields(task);
		Map<String, String> defaults = new HashMap<>();
		for (FormField field : fields) {
			TypedValue value = field.getValue();
			if (value != null && value.getValue() != null) {
				defaults.put(field.getId(), value.getValue() instanceof Date date
						? LocalDate.ofInstant(date.toInstant(), clock.zone()).toString() : value.getValue().toString());
			}
		}
		model.addAttribute("fields", fields);
		model.addAttribute("defaults", defaults);
	}

	@Override
	public Map<String, Object> read(TaskContext task, MultiValueMap<String, String> form) {
		Map<String, Object> variables = new HashMap<>();
		Errors errors = new Errors();
		for (FormField field : fields(task)) {
			String name = field.getId();
			boolean required = field.getValidationConstraints().stream().anyMatch(c -> "required".equals(c.getName()));
			try {
				Object value = switch (field.getTypeName()) {
					case "boolean" -> Boolean.TRUE.equals(FormFields.choice(form, name));
					case "long" -> FormFields.whole(form, name) == null ? null : FormFields.whole(form, name).longValue();
					case "date" -> FormFields.date(form, name) == null ? null : clock.startOf(FormFields.date(form, name));
					case "enum" -> enumValue(field, FormFields.text(form, name));
					default -> FormFields.text(form, name);
				};
				errors.rejectIf(required && value == null, name, "Fill in " + label(field));
				if (value != null) {
					variables.put(name, value);
				}
			}
			catch (ValidationException e) {
				e.fieldErrors().forEach(errors::reject);
			}
		}
		errors.throwIfAny();
		return variables;
	}

	private List<FormField> fields(TaskContext task) {
		TaskFormData data = forms.getTaskFormData(task.task().getId());
		return data == null ? List.of() : data.getFormFields();
	}

	@SuppressWarnings("unchecked")
	private static String enumValue(FormField field, String value) {
		Map<String, String> values = (Map<String, String>) field.getType().getInformation("values");
		if (value != null && values != null && !values.containsKey(value)) {
			throw ValidationException.of(field.getId(), "Choose one of " + String.join(", ", values.values()));
		}
		return value;
	}

	private static String label(FormField field) {
		return field.getLabel() == null || field.getLabel().isBlank() ? field.getId() : field.getLabel();
	}
}
