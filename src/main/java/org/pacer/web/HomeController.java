package org.pacer.web;

import org.pacer.relationship.RelationshipService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the start page with the relationships and the way into the task list. */
@Controller
public class HomeController {

	private final RelationshipService relationships;

	public HomeController(RelationshipService relationships) {
		this.relationships = relationships;
	}

	@GetMapping("/login")
	public String login() {
		return "login";
	}

	@GetMapping("/")
	public String home(Model model) {
		model.addAttribute("relationships", relationships.all());
		return "home";
	}
}
