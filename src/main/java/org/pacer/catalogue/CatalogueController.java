package org.pacer.catalogue;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.pacer.common.FormValues;
import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue pages: everyone signed in reads the hierarchy of needs, the persistent needs and the maturity scale;
 * administrators add, change, retire and delete entries. A refused form is drawn again with the values as typed and
 * each message next to its field.
 */
@Controller
class CatalogueController {

	private static final String INDEX = "redirect:/catalogue";

	private static final String[] LEVEL_FIELDS = { "rank", "name", "description", "minMaturity" };

	private static final String[] NEED_FIELDS = { "name", "description", "perspective", "levelId" };

	private final CatalogueService catalogue;

	CatalogueController(CatalogueService catalogue) {
		this.catalogue = catalogue;
	}

	/** A level as posted; a field that did not bind (a word for the order) counts as empty. */
	record LevelForm(Integer rank, String name, String description, Integer minMaturity) {

		LevelDetails details(BindingResult binding) {
			return new LevelDetails(binding.hasFieldErrors("rank") ? null : rank, name, description,
					binding.hasFieldErrors("minMaturity") ? null : minMaturity);
		}
	}

	record NeedForm(String name, String description, Perspective perspective, Long levelId) {

		NeedDetails details(BindingResult binding) {
			return new NeedDetails(name, description, binding.hasFieldErrors("perspective") ? null : perspective,
					binding.hasFieldErrors("levelId") ? null : levelId);
		}
	}

	@GetMapping("/catalogue")
	String index(Model model) {
		model.addAttribute("levels", catalogue.levels());
		model.addAttribute("needs", catalogue.needs());
		model.addAttribute("maturityLevels", catalogue.maturityLevels());
		model.addAttribute("mayChange", CatalogueService.mayChange(CurrentUser.signedIn()));
		return "catalogue/index";
	}

	@GetMapping("/catalogue/levels/new")
	String newLevel(Model model) {
		admin();
		int next = catalogue.levels().stream().mapToInt(HierarchyLevel::getRank).max().orElse(0) + 1;
		return levelForm(model, null, Map.of("rank", String.valueOf(next)), Map.of());
	}

	@PostMapping("/catalogue/levels")
	String createLevel(@ModelAttribute LevelForm posted, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return saved(() -> catalogue.createLevel(posted.details(binding), admin().id()).getName() + " added.",
				redirect, response, levelForm(model, null, FormValues.asEntered(binding, LEVEL_FIELDS)));
	}

	@GetMapping("/catalogue/levels/{id}")
	String editLevel(@PathVariable long id, Model model) {
		admin();
		HierarchyLevel level = catalogue.level(id);
		Map<String, String> values = new HashMap<>();
		values.put("rank", String.valueOf(level.getRank()));
		values.put("name", level.getName());
		values.put("description", orEmpty(level.getDescription()));
		values.put("minMaturity", String.valueOf(level.getMinMaturity()));
		return levelForm(model, level, values, Map.of());
	}

	@PostMapping("/catalogue/levels/{id}")
	String updateLevel(@PathVariable long id, @ModelAttribute LevelForm posted, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return saved(() -> catalogue.updateLevel(id, posted.details(binding), admin().id()).getName() + " saved.",
				redirect, response,
				levelForm(model, catalogue.level(id), FormValues.asEntered(binding, LEVEL_FIELDS)));
	}

	@PostMapping("/catalogue/levels/{id}/delete")
	String deleteLevel(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser me = admin();
		HierarchyLevel level = catalogue.level(id);
		return saved(() -> {
			catalogue.deleteLevel(id, me.id());
			return level.getName() + " deleted.";
		}, redirect, response, levelForm(model, level, Map.of()));
	}

	@GetMapping("/catalogue/needs/new")
	String newNeed(Model model) {
		admin();
		return needForm(model, null, Map.of(), Map.of());
	}

	@PostMapping("/catalogue/needs")
	String createNeed(@ModelAttribute NeedForm posted, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return saved(() -> catalogue.createNeed(posted.details(binding), admin().id()).getName() + " added.",
				redirect, response, needForm(model, null, FormValues.asEntered(binding, NEED_FIELDS)));
	}

	@GetMapping("/catalogue/needs/{id}")
	String editNeed(@PathVariable long id, Model model) {
		admin();
		PersistentNeed need = catalogue.need(id);
		return needForm(model, need, needValues(need), Map.of());
	}

	@PostMapping("/catalogue/needs/{id}")
	String updateNeed(@PathVariable long id, @ModelAttribute NeedForm posted, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return saved(() -> catalogue.updateNeed(id, posted.details(binding), admin().id()).getName() + " saved.",
				redirect, response, needForm(model, catalogue.need(id), FormValues.asEntered(binding, NEED_FIELDS)));
	}

	@PostMapping("/catalogue/needs/{id}/retire")
	String retireNeed(@PathVariable long id, RedirectAttributes redirect) {
		CurrentUser me = admin();
		PersistentNeed need = catalogue.retireNeed(id, me.id());
		redirect.addFlashAttribute("done", need.getName() + " retired: no new measure is defined for it, the "
				+ "measures using it keep it.");
		return INDEX;
	}

	@PostMapping("/catalogue/needs/{id}/delete")
	String deleteNeed(@PathVariable long id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser me = admin();
		PersistentNeed need = catalogue.need(id);
		return saved(() -> {
			catalogue.deleteNeed(id, me.id());
			return need.getName() + " deleted.";
		}, redirect, response, needForm(model, need, needValues(need)));
	}

	@GetMapping("/catalogue/maturity/{level}")
	String editMaturity(@PathVariable int level, Model model) {
		admin();
		MaturityLevel maturity = catalogue.maturityLevel(level);
		return maturityForm(model, maturity, maturity.getName(), Map.of());
	}

	@PostMapping("/catalogue/maturity/{level}")
	String renameMaturity(@PathVariable int level, @RequestParam(required = false) String name, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return saved(() -> "Maturity level " + level + " is now "
				+ catalogue.renameMaturityLevel(level, name, admin().id()).getName() + ".", redirect, response,
				errors -> maturityForm(model, catalogue.maturityLevel(level), name, errors));
	}

	/** Saves and goes back to the catalogue; refused, answers 400 with the form drawn again with the errors. */
	private static String saved(Supplier<String> save, RedirectAttributes redirect, HttpServletResponse response,
			Function<Map<String, String>, String> refused) {
		try {
			redirect.addFlashAttribute("done", save.get());
			return INDEX;
		}
		catch (ValidationException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return refused.apply(e.fieldErrors());
		}
	}

	private String levelForm(Model model, HierarchyLevel level, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("level", level);
		model.addAttribute("inUse", level != null && catalogue.inUse(level));
		model.addAttribute("maturityLevels", catalogue.maturityLevels());
		return form(model, "catalogue/level", values, errors);
	}

	private Function<Map<String, String>, String> levelForm(Model model, HierarchyLevel level,
			Map<String, String> values) {
		return errors -> levelForm(model, level, values, errors);
	}

	private String needForm(Model model, PersistentNeed need, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("need", need);
		model.addAttribute("inUse", need != null && catalogue.inUse(need));
		model.addAttribute("levels", catalogue.levels());
		model.addAttribute("perspectives", Perspective.values());
		return form(model, "catalogue/need", values, errors);
	}

	private Function<Map<String, String>, String> needForm(Model model, PersistentNeed need,
			Map<String, String> values) {
		return errors -> needForm(model, need, values, errors);
	}

	private String maturityForm(Model model, MaturityLevel maturity, String name, Map<String, String> errors) {
		model.addAttribute("maturity", maturity);
		Map<String, String> values = new HashMap<>();
		values.put("name", name == null ? "" : name);
		return form(model, "catalogue/maturity", values, errors);
	}

	private static String form(Model model, String view, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return view;
	}

	private static Map<String, String> needValues(PersistentNeed need) {
		Map<String, String> values = new HashMap<>();
		values.put("name", need.getName());
		values.put("description", orEmpty(need.getDescription()));
		values.put("perspective", need.getPerspective().name());
		values.put("levelId", String.valueOf(need.getLevel().getId()));
		return values;
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	private static CurrentUser admin() {
		return CatalogueService.administrator();
	}
}
