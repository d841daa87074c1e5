package org.pacer.api;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.pacer.common.FormValues;
import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;
import org.springframework.http.HttpHeaders;
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
 * The portal page where an admin or a provider's lead makes and revokes API tokens. A new token's secret is shown
 * on the answer to the form and nowhere else: it is neither kept nor put in the session.
 */
@Controller
class ApiTokensController {

	private static final String VIEW = "api/tokens";

	/** Days that are not a number: out of range, so the service says what the range is. */
	private static final Integer OUT_OF_RANGE = 0;

	private final ApiTokens tokens;

	private final ApiSettings settings;

	public ApiTokensController(ApiTokens tokens, ApiSettings settings) {
		this.tokens = tokens;
		this.settings = settings;
	}

	@GetMapping("/api-tokens")
	public String list(Model model) {
		return show(manager(), model, Map.of(), Map.of());
	}

	/**
	 * The form as posted, bound by Spring: a provider id or a number of days that is not a number binds as a field
	 * error, which the token service then names along with every other field's problem.
	 */
	record NewToken(Long providerId, String name, Integer days) {
	}

	@PostMapping("/api-tokens")
	public String create(@ModelAttribute NewToken posted, BindingResult binding, Model model,
			HttpServletResponse response) {
		CurrentUser me = manager();
		try {
			ApiTokens.Issued issued = tokens.create(me, binding.hasFieldErrors("providerId") ? null : posted.providerId(),
					posted.name(), binding.hasFieldErrors("days") ? OUT_OF_RANGE : posted.days());
			// the secret is on this page only: no cache may keep it
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			model.addAttribute("issued", issued);
			return show(me, model, Map.of(), Map.of());
		}
		catch (ValidationException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(me, model, e.fieldErrors(), FormValues.asEntered(binding, "providerId", "name", "days"));
		}
	}

	@PostMapping("/api-tokens/{id}/revoke")
	public String revoke(@PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(manager(), id);
		redirect.addFlashAttribute("done", "Token revoked: systems using it are refused from now on.");
		return "redirect:/api-tokens";
	}

	private String show(CurrentUser me, Model model, Map<String, String> errors, Map<String, String> values) {
		model.addAttribute("tokens", tokens.visibleTo(me));
		model.addAttribute("providers", tokens.manageable(me));
		model.addAttribute("defaultDays", settings.tokenDays());
		model.addAttribute("maxDays", settings.maxTokenDays());
		model.addAttribute("errors", errors);
		model.addAttribute("values", values);
		return VIEW;
	}

	private CurrentUser manager() {
		CurrentUser me = CurrentUser.signedIn();
		if (!tokens.managesAny(me)) {
			throw new AccessDeniedException("API tokens are managed by an administrator or a provider's lead");
		}
		return me;
	}
}
