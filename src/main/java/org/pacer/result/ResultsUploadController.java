package org.pacer.result;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pacer.identity.CurrentUser;
import org.pacer.common.ValidationException;
import org.pacer.result.ResultsCsv.Upload;
import org.pacer.taskform.TaskContext;
import org.pacer.taskform.TaskForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Saves the results of the period while its Task_SubmitPeriodResults is open: the rows typed into the form, or a
 * CSV file, first checked (a preview, nothing saved) and then confirmed. When the last missing result arrives, the
 * task completes by itself and the user goes back to the inbox.
 */
@Controller
@RequestMapping("/tasks/{taskId}/results")
class ResultsUploadController {

	private static final String PREVIEW = "tasks/submit-results :: csvPreview";

	private final TaskForms taskForms;

	private final SubmitResultsForm form;

	private final ResultService results;

	public ResultsUploadController(TaskForms taskForms, SubmitResultsForm form, ResultService results) {
		this.taskForms = taskForms;
		this.form = form;
		this.results = results;
	}

	/** Where the user goes after saving, and what they are told there. */
	private record Saved(String url, String attribute, String message) {
	}

	@PostMapping
	public String save(@PathVariable String taskId, @RequestParam MultiValueMap<String, String> posted, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		TaskContext task = taskForms.open(taskId, form);
		List<ResultEntry> entries;
		try {
			entries = form.typed(task, posted);
		}
		catch (ValidationException e) {
			return refused(task, posted, e.fieldErrors(), model, response);
		}
		if (entries.isEmpty()) {
			return refused(task, posted, Map.of(SubmitResultsForm.GENERAL,
					"Type a result to save: the rows already show what is saved"), model, response);
		}
		try {
			Saved saved = submit(task, entries, ResultSource.FORM);
			redirect.addFlashAttribute(saved.attribute(), saved.message());
			return "redirect:" + saved.url();
		}
		catch (ValidationException e) {
			return refused(task, posted, SubmitResultsForm.onFields(entries, e), model, response);
		}
	}

	/**
	 * Checks a CSV file and shows what it holds; with {@code confirm} (the checksum of the file previewed) it saves
	 * the file's results, but only when not a single row has an error.
	 */
	@PostMapping("/csv")
	public String upload(@PathVariable String taskId, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String confirm, Model model, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		TaskContext task = taskForms.open(taskId, form);
		model.addAttribute("task", task.task());
		if (file == null || file.isEmpty()) {
			return preview(Upload.refused("Choose a CSV file to upload."), null, true, model, response);
		}
		Upload upload = ResultsCsv.check(file.getBytes(), SubmitResultsForm.period(task), form.activeMeasures(task));
		if (confirm == null || !upload.problems().isEmpty()) {
			// a file refused as a whole is a refused request; a preview, row errors or not, is an answer
			return preview(upload, null, !upload.problems().isEmpty(), model, response);
		}
		if (!confirm.equals(upload.checksum())) {
			return preview(upload, "The file changed since you checked it. Check this one before saving it.", true,
					model, response);
		}
		if (!upload.saveable()) {
			return preview(upload, "Nothing was saved: correct the rows with errors and upload the file again.", true,
					model, response);
		}
		Saved saved;
		try {
			saved = submit(task, upload.entries(), ResultSource.CSV);
		}
		catch (ValidationException e) {
			return preview(upload.refusedBy(e), "Nothing was saved.", true, model, response);
		}
		// htmx follows HX-Redirect with a full page load, which shows the flash message
		String url = request.getContextPath() + saved.url();
		RequestContextUtils.getOutputFlashMap(request).put(saved.attribute(), saved.message());
		RequestContextUtils.saveOutputFlashMap(url, request, response);
		response.setHeader("HX-Redirect", url);
		return preview(upload, saved.message(), false, model, response);
	}

	private Saved submit(TaskContext task, List<ResultEntry> entries, ResultSource source) {
		long relationshipId = task.relationship().getId();
		LocalDate period = SubmitResultsForm.period(task);
		SubmissionReport report = results.submit(relationshipId, period, entries, source, CurrentUser.signedIn().id());
		String label = task.relationship().periodLabel(period);
		int count = report.accepted() + report.replaced();
		String saved = "Saved " + count + (count == 1 ? " result" : " results") + " for " + label
				+ (report.replaced() > 0 ? " (" + report.replaced() + " replaced)" : "");
		// the last missing result completed the task (CompleteResultsTaskWhenAllArrived)
		if (results.missing(relationshipId, period).isEmpty()) {
			return new Saved("/tasks", "done", saved + ". Every result is in: the review of " + label + " goes ahead.");
		}
		return new Saved("/tasks/" + task.task().getId(), "saved", saved + ".");
	}

	/** The form again with each error next to its row and the values as typed; nothing was saved. */
	private String refused(TaskContext task, MultiValueMap<String, String> posted, Map<String, String> errors,
			Model model, HttpServletResponse response) {
		return taskForms.refused(form, task, posted, errors, model, response);
	}

	private static String preview(Upload upload, String notice, boolean refused, Model model,
			HttpServletResponse response) {
		if (refused) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("upload", upload);
		model.addAttribute("notice", notice);
		return PREVIEW;
	}
}
