package org.pacer.api;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.pacer.common.UserInput;
import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal page where an admin or a provider's lead makes and revokes API tokens. A new token's secret is shown
 * on the answer to the form and nowhere else: it is neither kept nor put in the session.
 */
@Controller
class ApiTokensController {

	private static final String VIEW = "api/tokens";

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

	@PostMapping("/api-tokens")
	public String create(@RequestParam(required = false) String providerId, @RequestParam(required = false) String name,
			@RequestParam(required = false) String days, Model model, HttpServletResponse response) {
		CurrentUser me = manager();
		Map<String, String> posted = Map.of("providerId", providerId == null ? "" : providerId, "name",
				name == null ? "" : name, "days", days == null ? "" : days);
		try {
			ApiTokens.Issued issued = tokens.create(me, UserInput.id(providerId, "providerId", "Choose a provider"),
					name, days(days));
			// the secret is on this page only: no cache may keep it
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			model.addAttribute("issued", issued);
			return show(me, model, Map.of(), Map.of());
		}
		catch (ValidationException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(me, model, e.fieldErrors(), posted);
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

	/**
	 * The number of days asked for; one that is not a whole number or overflows an int counts as out of range, so
	 * that the token service names the range along with every other field's problem.
	 */
	private static Integer days(String days) {
		try {
			return UserInput.whole(days, "days");
		}
		catch (ValidationException e) {
			return 0;
		}
	}

	private CurrentUser manager() {
		CurrentUser me = CurrentUser.signedIn();
		if (!tokens.managesAny(me)) {
			throw new AccessDeniedException("API tokens are managed by an administrator or a provider's lead");
		}
		return me;
	}
}
