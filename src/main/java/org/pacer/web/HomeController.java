package org.pacer.web;

import org.pacer.identity.Access;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and the start page: the dashboard for managers, the inbox for everyone else. */
@Controller
public class HomeController {

	private final Access access;

	public HomeController(Access access) {
		this.access = access;
	}

	@GetMapping("/login")
	public String login() {
		return "login";
	}

	@GetMapping("/")
	public String home() {
		return access.me().isManager() ? "redirect:/dashboard" : "redirect:/tasks";
	}
}
