package org.pacer.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.pacer.identity.CurrentUser;
import org.pacer.common.NotFoundException;
import org.pacer.common.ValidationException;
import org.pacer.measure.DefineMeasuresForm.GlideCell;
import org.pacer.taskform.FormFields;
import org.pacer.taskform.InPlaceEdit;
import org.pacer.taskform.TaskContext;
import org.pacer.taskform.TaskForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Adds and removes the relationship's measures, and sets their glide path, in place (htmx) while its
 * Task_DefineSuccessMeasures is open. Each answer is the measure editor again, with the coverage brought up to
 * date; a refused change comes back with 400, its errors next to its fields and its values as entered.
 */
@Controller
@RequestMapping("/tasks/{taskId}/measures")
class MeasureRowsController {

	private static final String EDITOR = "tasks/define-measures :: editor";

	private final TaskForms taskForms;

	private final DefineMeasuresForm form;

	private final MeasureService measures;

	private final List<MeasureSuggestions> library;

	public MeasureRowsController(TaskForms taskForms, DefineMeasuresForm form, MeasureService measures,
			List<MeasureSuggestions> library) {
		this.taskForms = taskForms;
		this.form = form;
		this.measures = measures;
		this.library = library;
	}

	/**
	 * The add-measure row filled in from a library template as it is now, for the manager to check, change and add.
	 * Nothing is saved: the row names the template version, and adding it records that version on the measure.
	 */
	@GetMapping("/from-template/{templateId}")
	public String fromTemplate(@PathVariable String taskId, @PathVariable long templateId, Model model) {
		TaskContext task = taskForms.open(taskId, form);
		SuggestedMeasure template = library.stream().flatMap(l -> l.current(templateId).stream()).findFirst()
				.orElseThrow(() -> new NotFoundException("Template", templateId));
		return InPlaceEdit.draw(task, rowOf(template), Map.of(), model, m -> form.showEditor(task, m), EDITOR);
	}

	@PostMapping
	public String add(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> posted, Model model,
			HttpServletResponse response) {
		TaskContext task = taskForms.open(taskId, form);
		return answer(task, posted, model, response,
				() -> measures.define(task.relationship().getId(), draft(posted), CurrentUser.signedIn().id()));
	}

	@DeleteMapping("/{measureId}")
	public String remove(@PathVariable String taskId, @PathVariable long measureId, Model model,
			HttpServletResponse response) {
		TaskContext task = taskForms.open(taskId, form);
		checkOwn(task, measureId);
		return answer(task, new LinkedMultiValueMap<>(), model, response,
				() -> measures.remove(measureId, CurrentUser.signedIn().id()));
	}

	/** The interim targets of one measure for every ramp-up period; the measure's glide path stays open. */
	@PostMapping("/{measureId}/glide-path")
	public String glidePath(@PathVariable String taskId, @PathVariable long measureId,
			@RequestParam MultiValueMap<String, String> posted, Model model, HttpServletResponse response) {
		TaskContext task = taskForms.open(taskId, form);
		checkOwn(task, measureId);
		model.addAttribute("openGlide", measureId);
		return answer(task, posted, model, response, () -> {
			Map<LocalDate, BigDecimal> targets = new HashMap<>();
			for (LocalDate period : measures.rampUpPeriods(task.relationship().getId())) {
				targets.put(period, FormFields.number(posted, GlideCell.field(measureId, period)));
			}
			try {
				measures.setGlidePath(measureId, targets, CurrentUser.signedIn().id());
			}
			catch (ValidationException e) {
				throw onGlideFields(measureId, e);
			}
		});
	}

	/** A measure of another relationship is as unknown here as one that does not exist. */
	private void checkOwn(TaskContext task, long measureId) {
		if (!Objects.equals(measures.measure(measureId).getRelationshipId(), task.relationship().getId())) {
			throw new NotFoundException("Measure", measureId);
		}
	}

	private String answer(TaskContext task, MultiValueMap<String, String> posted, Model model,
			HttpServletResponse response, Runnable change) {
		return InPlaceEdit.answer(task, posted, model, response, change, m -> form.showEditor(task, m), EDITOR);
	}

	/** The service names a period's error glidePath[2026-01-01]; the editor shows it at that period's field. */
	private static ValidationException onGlideFields(long measureId, ValidationException refusal) {
		Map<String, String> errors = new LinkedHashMap<>();
		refusal.fieldErrors().forEach((key, message) -> errors.put(key.startsWith("glidePath[")
				? GlideCell.field(measureId, LocalDate.parse(key.substring("glidePath[".length(), key.length() - 1)))
				: "measure", message));
		return new ValidationException(errors);
	}

	private static MeasureDraft draft(MultiValueMap<String, String> posted) {
		Integer needId = FormFields.whole(posted, "needId");
		Integer templateId = FormFields.whole(posted, "templateId");
		return new MeasureDraft(needId == null ? null : needId.longValue(), FormFields.text(posted, "name"),
				FormFields.text(posted, "unit"), direction(FormFields.text(posted, "direction")),
				FormFields.number(posted, "target"), FormFields.number(posted, "threshold"),
				FormFields.number(posted, "weight"),
				new ValidRange(FormFields.number(posted, "validMin"), FormFields.number(posted, "validMax")),
				templateId == null ? null : templateId.longValue(), FormFields.whole(posted, "templateVersion"));
	}

	/** The add-measure fields as a template fills them. */
	private static Map<String, String> rowOf(SuggestedMeasure template) {
		Map<String, String> row = new HashMap<>();
		row.put("needId", String.valueOf(template.needId()));
		row.put("name", template.name());
		row.put("unit", template.unit());
		row.put("direction", template.direction().name());
		row.put("target", template.target().stripTrailingZeros().toPlainString());
		row.put("threshold", template.threshold().stripTrailingZeros().toPlainString());
		row.put("weight", template.weight().stripTrailingZeros().toPlainString());
		row.put("validMin", template.valid().min() == null ? "" : template.valid().min().stripTrailingZeros().toPlainString());
		row.put("validMax", template.valid().max() == null ? "" : template.valid().max().stripTrailingZeros().toPlainString());
		row.put("templateId", String.valueOf(template.templateId()));
		row.put("templateVersion", String.valueOf(template.version()));
		return row;
	}

	private static Direction direction(String value) {
		try {
			return value == null ? null : Direction.valueOf(value);
		}
		catch (IllegalArgumentException e) {
			throw ValidationException.of("direction", "Say whether higher or lower is better");
		}
	}
}
