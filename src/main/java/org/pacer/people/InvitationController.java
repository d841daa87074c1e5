package org.pacer.people;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.pacer.common.ValidationException;
import org.pacer.people.Invitations.Closed;
import org.pacer.people.Invitations.LinkClosed;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The invitation link, for someone not signed in yet: they choose their password and are sent to sign in. A link
 * that is spent, withdrawn or late answers 410 with a page that says which; one that never was (or was replaced by a
 * resend) answers 404.
 */
@Controller
class InvitationController {

	static final String PATH = "/invitations/";

	private final Invitations invitations;

	InvitationController(Invitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping(PATH + "{secret}")
	String form(@PathVariable String secret, Model model) {
		return page(model, invitations.open(secret), secret, Map.of());
	}

	@PostMapping(PATH + "{secret}")
	String accept(@PathVariable String secret, @RequestParam(required = false) String password,
			@RequestParam(required = false) String passwordRepeat, Model model, HttpServletResponse response) {
		try {
			Invitation invitation = invitations.accept(secret, password, passwordRepeat);
			return "redirect:/login?joined=" + invitation.getUserId();
		}
		catch (ValidationException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(model, invitations.open(secret), secret, e.fieldErrors());
		}
	}

	@ExceptionHandler(LinkClosed.class)
	ModelAndView closed(LinkClosed closed) {
		ModelAndView page = new ModelAndView("people/closed");
		page.setStatus(closed.reason() == Closed.UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.GONE);
		page.addObject("reason", closed.reason().name());
		page.addObject("message", closed.reason().message());
		return page;
	}

	private static String page(Model model, Invitation invitation, String secret, Map<String, String> errors) {
		model.addAttribute("invitation", invitation);
		model.addAttribute("secret", secret);
		model.addAttribute("errors", errors);
		return "people/accept";
	}
}
