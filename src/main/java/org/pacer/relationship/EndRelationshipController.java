package org.pacer.relationship;

import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.pacer.common.UserInput;
import org.pacer.common.ValidationException;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "End relationship", for managers and administrators: the day and the reason; its open reviews and plans end. */
@Controller
class EndRelationshipController {

	private static final String FORM = "relationships/end";

	private final RelationshipAccess access;

	private final RelationshipLifecycle lifecycle;

	private final PacerClock clock;

	EndRelationshipController(RelationshipAccess access, RelationshipLifecycle lifecycle, PacerClock clock) {
		this.access = access;
		this.lifecycle = lifecycle;
		this.clock = clock;
	}

	@GetMapping("/relationships/{id}/end")
	String form(@PathVariable long id, Model model) {
		return form(model, access.relationshipToManage(id), clock.today().toString(), "", Map.of());
	}

	@PostMapping("/relationships/{id}/end")
	String end(@PathVariable long id, @RequestParam(required = false) String endedOn,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Relationship relationship = access.relationshipToManage(id);
		try {
			LocalDate on = UserInput.date(endedOn, "endedOn");
			lifecycle.end(id, on, reason, access.me().id());
		}
		catch (ValidationException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, relationship, endedOn, reason, e.fieldErrors());
		}
		redirect.addFlashAttribute("done", relationship.getName() + " has ended; its open reviews and plans ended with it.");
		return "redirect:/relationships/" + id;
	}

	private String form(Model model, Relationship relationship, String endedOn, String reason,
			Map<String, String> errors) {
		model.addAttribute("relationship", relationship);
		model.addAttribute("values", Map.of("endedOn", endedOn == null ? "" : endedOn, "reason", reason == null ? "" : reason));
		model.addAttribute("errors", errors);
		return FORM;
	}
}
