package org.pacer.library;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.pacer.catalogue.PersistentNeedRepository;
import org.pacer.common.FormValues;
import org.pacer.common.UserInput;
import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;
import org.pacer.measure.Direction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The measure library pages: managers read the sets and their templates; process owners and administrators add
 * sets and templates and change them (each change a template's next version). Refused input comes back with 400,
 * the message next to its field and the values as entered.
 */
@Controller
class LibraryController {

	private static final String SET_FORM = "library/set";

	private static final String TEMPLATE_FORM = "library/template";

	private static final String[] TEMPLATE_FIELDS = { "needId", "name", "definition", "unit", "direction", "target",
			"threshold", "weight", "reportedBy", "validMin", "validMax" };

	private final MeasureLibrary library;

	private final PersistentNeedRepository needs;

	LibraryController(MeasureLibrary library, PersistentNeedRepository needs) {
		this.library = library;
		this.needs = needs;
	}

	/**
	 * The template form as posted. A choice that does not bind counts as not given; the numbers are read as the
	 * measure rows read them (a comma as decimal mark, a sane range), and one that is not a number says so.
	 */
	record TemplateForm(Long needId, String name, String definition, String unit, Direction direction,
			String target, String threshold, String weight, Reporter reportedBy, String validMin, String validMax) {

		TemplateDraft draft(BindingResult binding, Map<String, String> numberErrors) {
			return new TemplateDraft(binding.hasFieldErrors("needId") ? null : needId, name, definition, unit,
					binding.hasFieldErrors("direction") ? null : direction, number("target", target, numberErrors),
					number("threshold", threshold, numberErrors), number("weight", weight, numberErrors),
					binding.hasFieldErrors("reportedBy") ? null : reportedBy,
					// a bound left empty is no bound
					number("validMin", validMin, numberErrors), number("validMax", validMax, numberErrors));
		}

		private static BigDecimal number(String field, String text, Map<String, String> numberErrors) {
			try {
				return UserInput.amount(text, field);
			}
			catch (ValidationException e) {
				numberErrors.putAll(e.fieldErrors());
				return null;
			}
		}
	}

	@GetMapping("/library")
	String list(Model model) {
		CurrentUser me = MeasureLibrary.checkMayRead(CurrentUser.signedIn());
		model.addAttribute("sets", library.sets());
		model.addAttribute("mayEdit", MeasureLibrary.mayEdit(me));
		return "library/list";
	}

	@GetMapping("/library/sets/new")
	String blankSet(Model model) {
		MeasureLibrary.checkMayEdit(CurrentUser.signedIn());
		return setForm(model, null, Map.of(), Map.of());
	}

	@PostMapping("/library/sets")
	String createSet(@ModelAttribute SetDraft posted, BindingResult binding, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CurrentUser me = MeasureLibrary.checkMayEdit(CurrentUser.signedIn());
		try {
			SetView set = library.createSet(posted, me.id());
			redirect.addFlashAttribute("done", set.name() + " added. Add its templates next.");
			return "redirect:/library#set-" + set.id();
		}
		catch (ValidationException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return setForm(model, null, FormValues.asEntered(binding, "name", "description"), e.fieldErrors());
		}
	}

	@GetMapping("/library/sets/{id}")
	String editSet(@PathVariable long id, Model model) {
		MeasureLibrary.checkMayEdit(CurrentUser.signedIn());
		SetView set = library.set(id);
		Map<String, String> values = new HashMap<>();
		values.put("name", set.name());
		values.put("description", set.description() == null ? "" : set.description());
		return setForm(model, set, values, Map.of());
	}

	@PostMapping("/library/sets/{id}")
	String updateSet(@PathVariable long id, @ModelAttribute SetDraft posted, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser me = MeasureLibrary.checkMayEdit(CurrentUser.signedIn());
		try {
			SetView set = library.updateSet(id, posted, me.id());
			redirect.addFlashAttribute("done", set.name() + " saved.");
			return "redirect:/library#set-" + set.id();
		}
		catch (ValidationException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return setForm(model, library.set(id), FormValues.asEntered(binding, "name", "description"),
					e.fieldErrors());
		}
	}

	@GetMapping("/library/sets/{id}/templates/new")
	String blankTemplate(@PathVariable long id, Model model) {
		MeasureLibrary.checkMayEdit(CurrentUser.signedIn());
		return templateForm(model, library.set(id), null,
				Map.of("weight", "1", "direction", Direction.HIGHER_IS_BETTER.name()), Map.of());
	}

	@PostMapping("/library/sets/{id}/templates")
	String addTemplate(@PathVariable long id, @ModelAttribute TemplateForm posted, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser me = MeasureLibrary.checkMayEdit(CurrentUser.signedIn());
		SetView set = library.set(id);
		Map<String, String> numberErrors = new LinkedHashMap<>();
		try {
			TemplateView template = library.addTemplate(id, posted.draft(binding, numberErrors), me.id());
			redirect.addFlashAttribute("done", template.name() + " added to " + set.name() + ".");
			return "redirect:/library#set-" + id;
		}
		catch (ValidationException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return templateForm(model, set, null, FormValues.asEntered(binding, TEMPLATE_FIELDS),
					refusals(numberErrors, e));
		}
	}

	@GetMapping("/library/templates/{id}")
	String editTemplate(@PathVariable long id, Model model) {
		MeasureLibrary.checkMayEdit(CurrentUser.signedIn());
		TemplateView template = library.template(id);
		Map<String, String> values = new HashMap<>();
		values.put("needId", String.valueOf(template.needId()));
		values.put("name", template.name());
		values.put("definition", template.definition() == null ? "" : template.definition());
		values.put("unit", template.unit());
		values.put("direction", template.direction().name());
		values.put("target", template.target().stripTrailingZeros().toPlainString());
		values.put("threshold", template.threshold().stripTrailingZeros().toPlainString());
		values.put("weight", template.weight().stripTrailingZeros().toPlainString());
		values.put("reportedBy", template.reportedBy().name());
		values.put("validMin", plain(template.validMin()));
		values.put("validMax", plain(template.validMax()));
		return templateForm(model, library.set(template.setId()), template, values, Map.of());
	}

	@PostMapping("/library/templates/{id}")
	String reviseTemplate(@PathVariable long id, @ModelAttribute TemplateForm posted, BindingResult binding,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser me = MeasureLibrary.checkMayEdit(CurrentUser.signedIn());
		TemplateView before = library.template(id);
		Map<String, String> numberErrors = new LinkedHashMap<>();
		try {
			TemplateView template = library.reviseTemplate(id, posted.draft(binding, numberErrors), me.id());
			redirect.addFlashAttribute("done", template.version() == before.version()
					? template.name() + ": nothing changed, still version " + template.version() + "."
					: template.name() + " is now version " + template.version()
							+ ". Measures defined from earlier versions keep their values.");
			return "redirect:/library#set-" + template.setId();
		}
		catch (ValidationException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return templateForm(model, library.set(before.setId()), before,
					FormValues.asEntered(binding, TEMPLATE_FIELDS), refusals(numberErrors, e));
		}
	}

	/** The service's messages, and for a number that could not be read, why (not "give the target"). */
	private static Map<String, String> refusals(Map<String, String> numberErrors, ValidationException refused) {
		Map<String, String> errors = new LinkedHashMap<>(refused.fieldErrors());
		errors.putAll(numberErrors);
		return errors;
	}

	private String setForm(Model model, SetView set, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("set", set);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return SET_FORM;
	}

	private String templateForm(Model model, SetView set, TemplateView template, Map<String, String> values,
			Map<String, String> errors) {
		model.addAttribute("set", set);
		model.addAttribute("template", template);
		model.addAttribute("history", template == null ? List.of() : library.history(template.id()));
		model.addAttribute("needs", needs.findUpToLevel(Integer.MAX_VALUE));
		model.addAttribute("directions", Direction.values());
		model.addAttribute("reporters", Reporter.values());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return TEMPLATE_FORM;
	}

	private static String plain(BigDecimal bound) {
		return bound == null ? "" : bound.stripTrailingZeros().toPlainString();
	}
}
