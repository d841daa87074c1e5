package org.pacer.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.identity.SignInOptions;
import org.pacer.people.People;
import org.pacer.relationship.ProviderService;
import org.pacer.relationship.RelationshipService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Sign-in and the start: an administrator of an organisation with no relationship yet is walked through setting it
 * up; everyone else goes to their dashboard or inbox.
 */
@Controller
class HomeController {

	private final ProviderService providers;

	private final RelationshipService relationships;

	private final People people;

	private final SignInOptions signInOptions;

	HomeController(ProviderService providers, RelationshipService relationships, People people,
			SignInOptions signInOptions) {
		this.signInOptions = signInOptions;
		this.providers = providers;
		this.relationships = relationships;
		this.people = people;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		model.addAttribute("signIn", signInOptions);
		// why single sign-on did not let the person in, shown once; a visitor gets no session for it
		HttpSession session = request.getSession(false);
		Object refusal = session == null ? null : session.getAttribute(SignInOptions.REFUSAL);
		if (refusal != null) {
			session.removeAttribute(SignInOptions.REFUSAL);
			model.addAttribute("ssoRefusal", refusal);
		}
		return "login";
	}

	@GetMapping("/")
	String home() {
		CurrentUser me = CurrentUser.signedIn();
		if (isAdmin(me) && relationships.none()) {
			return "redirect:/start";
		}
		return me.isManager() ? "redirect:/dashboard" : "redirect:/tasks";
	}

	/** The steps from an empty database to the first relationship, each marked done once it is. */
	@GetMapping("/start")
	String start(Model model) {
		CurrentUser me = CurrentUser.signedIn();
		if (!isAdmin(me)) {
			throw new AccessDeniedException("Setting up the organisation is for administrators");
		}
		model.addAttribute("hasProvider", !providers.none());
		model.addAttribute("hasPeople", people.anyProviderHasPeople());
		model.addAttribute("hasRelationship", !relationships.none());
		return "start";
	}

	private static boolean isAdmin(CurrentUser me) {
		return me.has(Roles.ROLE_ADMIN) && !me.isProvider();
	}
}
