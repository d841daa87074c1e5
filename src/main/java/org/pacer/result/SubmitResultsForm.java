package org.pacer.result;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.pacer.common.Errors;
import org.pacer.common.ValidationException;
import org.pacer.measure.GlidePathTarget;
import org.pacer.measure.MeasureService;
import org.pacer.measure.MeasureVersion;
import org.pacer.measure.SuccessMeasure;
import org.pacer.relationship.LifecycleProcess;
import org.pacer.relationship.Relationship;
import org.pacer.taskform.FormFields;
import org.pacer.taskform.TaskContext;
import org.pacer.taskform.TaskForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * Task_SubmitPeriodResults: one row per active measure of the period. Saving rows (here or by CSV) goes through
 * {@link ResultsUploadController}; the last missing result completes the task by itself. Completing the task
 * here hands the period in with the results still missing, which then show as NO DATA.
 */
@Component
public class SubmitResultsForm implements TaskForm {

	static final String VALUE = "value_";

	static final String COMMENT = "comment_";

	/** Where the form lists problems that belong to no row. */
	static final String GENERAL = "rows";

	/** How ResultService names the field of a row in its errors: rows[2].value. */
	private static final Pattern ROW_ERROR = Pattern.compile("rows\\[(\\d+)]\\..*");

	private final MeasureService measures;

	private final ResultService results;

	public SubmitResultsForm(MeasureService measures, ResultService results) {
		this.measures = measures;
		this.results = results;
	}

	/** A row of the form: an active measure of the period, its target in force, and its result so far. */
	public record MeasureLine(SuccessMeasure measure, MeasureVersion version, BigDecimal interimTarget,
			PeriodResult result) {

		public boolean missing() {
			return result == null;
		}

		public String valueField() {
			return VALUE + measure.getId();
		}

		public String commentField() {
			return COMMENT + measure.getId();
		}

		public String savedValue() {
			return result == null ? null : result.getValue().stripTrailingZeros().toPlainString();
		}
	}

	@Override
	public String taskKey() {
		return "Task_SubmitPeriodResults";
	}

	@Override
	public String view() {
		return "tasks/submit-results";
	}

	@Override
	public void show(TaskContext task, Model model) {
		List<MeasureLine> lines = lines(task);
		model.addAttribute("lines", lines);
		model.addAttribute("missing", lines.stream().filter(MeasureLine::missing).map(MeasureLine::measure).toList());
		model.addAttribute("period", period(task));
		model.addAttribute("csvColumns", String.join(",", ResultsCsv.COLUMNS));
		model.addAttribute("csvMaxRows", ResultsCsv.MAX_ROWS);
		model.addAttribute("csvMaxBytes", ResultsCsv.MAX_BYTES);
		model.addAttribute("csvSizeLimit", ResultsCsv.SIZE_LIMIT);
	}

	/** Handing in must not drop what was typed: a result not saved yet refuses the completion. */
	@Override
	public Map<String, Object> read(TaskContext task, MultiValueMap<String, String> form) {
		Errors errors = new Errors();
		typed(task, form).forEach(entry -> errors.reject(VALUE + entry.measureId(),
				"Save this result first, or clear it to hand in without it"));
		errors.throwIfAny();
		return Map.of();
	}

	public static LocalDate period(TaskContext task) {
		return LocalDate.parse((String) task.variable(LifecycleProcess.PERIOD_START.name()));
	}

	/** The active measures of the period in form order, each with its target in force and its result so far. */
	public List<MeasureLine> lines(TaskContext task) {
		LocalDate period = period(task);
		Relationship relationship = task.relationship();
		List<SuccessMeasure> active = activeMeasures(task);
		Map<Long, MeasureVersion> versions = measures.currentVersions(active, period).stream()
				.collect(Collectors.toMap(MeasureVersion::getMeasureId, Function.identity()));
		Map<Long, BigDecimal> interim = relationship.inRampUp(period)
				? measures.glideTargetsFor(active, period).stream()
						.collect(Collectors.toMap(GlidePathTarget::getMeasureId, GlidePathTarget::getTarget))
				: Map.of();
		Map<Long, PeriodResult> saved = results.resultsFor(active, period).stream()
				.collect(Collectors.toMap(PeriodResult::getMeasureId, Function.identity()));
		return active.stream().map(m -> new MeasureLine(m, versions.get(m.getId()), interim.get(m.getId()),
				saved.get(m.getId()))).toList();
	}

	public List<SuccessMeasure> activeMeasures(TaskContext task) {
		LocalDate period = period(task);
		return measures.measuresOf(task.relationship().getId()).stream().filter(m -> m.activeIn(period)).toList();
	}

	/**
	 * The results typed into the form and not saved yet: a value for a missing result, or a changed value or
	 * comment. Every value that is not a number is an error on its field.
	 */
	public List<ResultEntry> typed(TaskContext task, MultiValueMap<String, String> form) {
		Errors errors = new Errors();
		List<ResultEntry> typed = new ArrayList<>();
		for (MeasureLine line : lines(task)) {
			String text = FormFields.text(form, line.valueField());
			if (text == null) {
				continue;
			}
			try {
				BigDecimal value = FormFields.number(text, line.valueField());
				String comment = FormFields.text(form, line.commentField());
				PeriodResult saved = line.result();
				if (saved == null || saved.getValue().compareTo(value) != 0
						|| !Objects.equals(saved.getComment(), comment)) {
					typed.add(new ResultEntry(line.measure().getId(), value, comment));
				}
			}
			catch (ValidationException e) {
				e.fieldErrors().forEach(errors::reject);
			}
		}
		errors.throwIfAny();
		return typed;
	}

	/** The service's refusal with each row's error next to the field of the measure it names. */
	static Map<String, String> onFields(List<ResultEntry> entries, ValidationException refusal) {
		Map<String, String> errors = new LinkedHashMap<>();
		refusal.fieldErrors().forEach((key, message) -> {
			Integer index = rowOf(key);
			if (index == null || index >= entries.size()) {
				errors.merge(GENERAL, message, (a, b) -> a + " " + b);
			}
			else {
				long measureId = entries.get(index).measureId();
				errors.put((key.endsWith(".comment") ? COMMENT : VALUE) + measureId, message);
			}
		});
		return errors;
	}

	/** The index of the submitted row an error of ResultService names, or null for an error of the whole. */
	static Integer rowOf(String errorKey) {
		Matcher matcher = ROW_ERROR.matcher(errorKey);
		return matcher.matches() ? Integer.valueOf(matcher.group(1)) : null;
	}
}
