package org.pacer.relationship;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.pacer.common.ValidationException;
import org.pacer.identity.Directory;
import org.pacer.identity.Roles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Change manager" of a relationship, for managers and administrators: open tasks move, both managers are told. */
@Controller
class ManagerHandoverController {

	private static final String FORM = "relationships/manager";

	private final RelationshipAccess access;

	private final ManagerHandover handover;

	private final Directory directory;

	ManagerHandoverController(RelationshipAccess access, ManagerHandover handover, Directory directory) {
		this.access = access;
		this.handover = handover;
		this.directory = directory;
	}

	@GetMapping("/relationships/{id}/manager")
	String form(@PathVariable long id, Model model) {
		Relationship relationship = access.relationshipToManage(id);
		return form(model, relationship, relationship.getManagerId(), Map.of());
	}

	@PostMapping("/relationships/{id}/manager")
	String handOver(@PathVariable long id, @RequestParam(required = false) String managerId, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Relationship relationship = access.relationshipToManage(id);
		try {
			handover.handOver(id, managerId, access.me().id());
		}
		catch (ValidationException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, relationship, managerId, e.fieldErrors());
		}
		redirect.addFlashAttribute("done", relationship.getName() + " is managed by " + managerId
				+ " now; their open tasks moved with it.");
		return "redirect:/relationships/" + id;
	}

	private String form(Model model, Relationship relationship, String managerId, Map<String, String> errors) {
		model.addAttribute("relationship", relationship);
		model.addAttribute("managers", directory.membersOf(Roles.MANAGERS).stream().sorted().toList());
		model.addAttribute("values", Map.of("managerId", managerId == null ? "" : managerId));
		model.addAttribute("errors", errors);
		return FORM;
	}
}
