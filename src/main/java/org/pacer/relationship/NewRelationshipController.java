package org.pacer.relationship;

import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.pacer.catalogue.HierarchyLevelRepository;
import org.pacer.common.FormValues;
import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Directory;
import org.pacer.identity.Roles;
import org.pacer.time.PacerClock;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "New relationship" for managers and administrators: saving it creates the relationship and starts its lifecycle in
 * one transaction, so its manager finds "Set expected outcomes" in the inbox.
 */
@Controller
class NewRelationshipController {

	private static final String FORM = "relationships/new";

	private static final String[] FIELDS = { "name", "providerId", "managerId", "reviewPeriod", "startDate",
			"expectedLevel", "copyFrom" };

	private final RelationshipLifecycle lifecycle;

	private final RelationshipService relationships;

	private final ProviderService providers;

	private final HierarchyLevelRepository levels;

	private final Directory directory;

	private final PacerClock clock;

	NewRelationshipController(RelationshipLifecycle lifecycle, RelationshipService relationships,
			ProviderService providers, HierarchyLevelRepository levels, Directory directory, PacerClock clock) {
		this.lifecycle = lifecycle;
		this.relationships = relationships;
		this.providers = providers;
		this.levels = levels;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * The form as posted; a field that does not bind (a word for a date) counts as not given, except the expected
	 * level, which is optional: a word there counts as level 0, which the level rule refuses.
	 */
	record NewRelationshipForm(String name, Long providerId, String managerId, ReviewPeriod reviewPeriod,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate, Integer expectedLevel,
			String copyFrom) {

		RelationshipService.NewRelationship request(BindingResult binding) {
			return new RelationshipService.NewRelationship(name, binding.hasFieldErrors("providerId") ? null : providerId,
					managerId, binding.hasFieldErrors("reviewPeriod") ? null : reviewPeriod,
					binding.hasFieldErrors("startDate") ? null : startDate,
					binding.hasFieldErrors("expectedLevel") ? Integer.valueOf(0) : expectedLevel, copyFrom);
		}
	}

	@GetMapping("/relationships/new")
	String blank(Model model) {
		CurrentUser me = allowed();
		LocalDate nextMonth = clock.today().withDayOfMonth(1).plusMonths(1);
		return form(model, Map.of("managerId", me.isManager() ? me.id() : "", "reviewPeriod",
				ReviewPeriod.MONTHLY.name(), "startDate", nextMonth.toString()), Map.of());
	}

	@PostMapping("/relationships")
	String create(@ModelAttribute NewRelationshipForm posted, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser me = allowed();
		try {
			Relationship relationship = lifecycle.create(posted.request(binding), me.id());
			redirect.addFlashAttribute("done", relationship.getName() + " started: \"Set expected outcomes\" is in "
					+ relationship.getManagerId() + "'s inbox.");
			return "redirect:/relationships/" + relationship.getId();
		}
		catch (ValidationException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, FormValues.asEntered(binding, FIELDS), e.fieldErrors());
		}
	}

	private String form(Model model, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("providers", providers.all().stream().filter(p -> !p.isArchived()).toList());
		model.addAttribute("managers", directory.membersOf(Roles.MANAGERS).stream().sorted().toList());
		model.addAttribute("periods", ReviewPeriod.values());
		model.addAttribute("levels", levels.findAllByOrderByRankAsc());
		model.addAttribute("measureSources", relationships.measureSources());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return FORM;
	}

	private static CurrentUser allowed() {
		CurrentUser me = CurrentUser.signedIn();
		if (me.isProvider() || !(me.isManager() || me.has(Roles.ROLE_ADMIN))) {
			throw new AccessDeniedException("Relationships are set up by managers and administrators");
		}
		return me;
	}
}
