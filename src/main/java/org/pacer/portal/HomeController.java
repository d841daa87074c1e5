package org.pacer.portal;

import org.pacer.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and the start page: the dashboard for managers, the inbox for everyone else. */
@Controller
class HomeController {

	public HomeController() {
	}

	@GetMapping("/login")
	public String login() {
		return "login";
	}

	@GetMapping("/")
	public String home() {
		return CurrentUser.signedIn().isManager() ? "redirect:/dashboard" : "redirect:/tasks";
	}
}
