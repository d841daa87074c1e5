package org.pacer.operations;

import org.pacer.relationship.RelationshipAccess;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Retry button of the relationship page's incidents box: managers and administrators only. */
@Controller
public class IncidentsController {

	private final RelationshipAccess access;

	private final Incidents incidents;

	public IncidentsController(RelationshipAccess access, Incidents incidents) {
		this.access = access;
		this.incidents = incidents;
	}

	@PostMapping("/relationships/{id}/incidents/{incidentId}/retry")
	public String retry(@PathVariable long id, @PathVariable String incidentId, RedirectAttributes redirect) {
		access.relationship(id);
		if (!mayRetry(access.me())) {
			throw new AccessDeniedException("Only managers and administrators retry failed steps");
		}
		incidents.retry(id, incidentId);
		redirect.addFlashAttribute("incidentRetried", "Retry started: the step runs again in a moment.");
		return "redirect:/relationships/" + id + "#incidents";
	}

	public static boolean mayRetry(CurrentUser me) {
		return me.isManager() || me.has(Roles.ROLE_ADMIN);
	}
}
