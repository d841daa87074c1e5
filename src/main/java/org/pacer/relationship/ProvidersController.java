package org.pacer.relationship;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.pacer.common.FormValues;
import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.relationship.ProviderService.ProviderDetails;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Providers pages: managers and administrators see every vendor and internal team (a manager picks one for a new
 * relationship); administrators add, change and archive them. Provider people never see this list.
 */
@Controller
class ProvidersController {

	private static final String FORM = "providers/form";

	private final ProviderService providers;

	ProvidersController(ProviderService providers) {
		this.providers = providers;
	}

	/** The form as posted; a kind that is not one of the choices binds as a field error and counts as none. */
	record ProviderForm(String name, ProviderKind kind, String contact, String notes) {

		ProviderDetails details(BindingResult binding) {
			return new ProviderDetails(name, binding.hasFieldErrors("kind") ? null : kind, contact, notes);
		}
	}

	@GetMapping("/providers")
	String list(Model model) {
		CurrentUser me = CurrentUser.signedIn();
		if (me.isProvider() || !(me.isManager() || me.has(Roles.ROLE_ADMIN))) {
			throw new AccessDeniedException("The providers list is for managers and administrators");
		}
		model.addAttribute("providers", providers.all());
		model.addAttribute("mayChange", me.has(Roles.ROLE_ADMIN));
		return "providers/list";
	}

	@GetMapping("/providers/new")
	String blank(Model model) {
		admin();
		return form(model, null, Map.of("kind", ProviderKind.VENDOR.name()), Map.of());
	}

	@PostMapping("/providers")
	String create(@ModelAttribute ProviderForm posted, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser me = admin();
		try {
			Provider provider = providers.create(posted.details(binding), me.id());
			redirect.addFlashAttribute("done", provider.getName() + " added. Invite its people next.");
			return "redirect:/providers";
		}
		catch (ValidationException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, null, FormValues.asEntered(binding, "name", "kind", "contact", "notes"), e.fieldErrors());
		}
	}

	@GetMapping("/providers/{id}")
	String edit(@PathVariable long id, Model model) {
		admin();
		Provider provider = providers.get(id);
		Map<String, String> values = new HashMap<>();
		values.put("name", provider.getName());
		values.put("kind", provider.getKind().name());
		values.put("contact", provider.getContact() == null ? "" : provider.getContact());
		values.put("notes", provider.getNotes() == null ? "" : provider.getNotes());
		return form(model, provider, values, Map.of());
	}

	@PostMapping("/providers/{id}")
	String update(@PathVariable long id, @ModelAttribute ProviderForm posted, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CurrentUser me = admin();
		try {
			Provider provider = providers.update(id, posted.details(binding), me.id());
			redirect.addFlashAttribute("done", provider.getName() + " saved.");
			return "redirect:/providers";
		}
		catch (ValidationException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, providers.get(id), FormValues.asEntered(binding, "name", "kind", "contact", "notes"), e.fieldErrors());
		}
	}

	@PostMapping("/providers/{id}/archive")
	String archive(@PathVariable long id, RedirectAttributes redirect) {
		Provider provider = providers.archive(id, admin().id());
		redirect.addFlashAttribute("done", provider.getName() + " archived: its history stays, it gets no new "
				+ "relationships.");
		return "redirect:/providers";
	}

	private String form(Model model, Provider provider, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("provider", provider);
		model.addAttribute("kinds", ProviderKind.values());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return FORM;
	}

	private static CurrentUser admin() {
		CurrentUser me = CurrentUser.signedIn();
		if (!me.has(Roles.ROLE_ADMIN) || me.isProvider()) {
			throw new AccessDeniedException("Providers are set up by an administrator");
		}
		return me;
	}
}
