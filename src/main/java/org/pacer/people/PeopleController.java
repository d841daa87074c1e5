package org.pacer.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;
import org.pacer.people.People.Invite;
import org.pacer.people.People.Invited;
import org.pacer.people.People.Member;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The People pages: administrators see and manage staff and every provider's people, a provider's lead their own
 * provider's; anyone else is not allowed (403), and someone outside their reach is not found (404).
 */
@Controller
class PeopleController {

	private static final String FORM = "people/form";

	private final People people;

	PeopleController(People people) {
		this.people = people;
	}

	@GetMapping("/people")
	String list(Model model) {
		PeopleScope me = me();
		List<Member> members = people.visibleTo(me);
		Map<String, List<Member>> byGroup = new LinkedHashMap<>();
		members.forEach(m -> byGroup.computeIfAbsent(m.group(), g -> new ArrayList<>()).add(m));
		model.addAttribute("places", people.places(me));
		model.addAttribute("members", byGroup);
		model.addAttribute("admin", me.admin());
		model.addAttribute("now", people.now());
		return "people/list";
	}

	@GetMapping("/people/new")
	String blank(@RequestParam(required = false) String group, Model model) {
		PeopleScope me = me();
		return form(model, me, Map.of("group", group == null ? "" : group), Map.of());
	}

	@PostMapping("/people")
	String invite(@ModelAttribute Invite posted, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		PeopleScope me = me();
		try {
			Invited invited = people.invite(me, posted);
			sent(redirect, invited, "Invitation for " + invited.userId() + " ");
			return "redirect:/people";
		}
		catch (ValidationException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			Map<String, String> values = new LinkedHashMap<>();
			values.put("name", posted.name() == null ? "" : posted.name());
			values.put("email", posted.email() == null ? "" : posted.email());
			values.put("userId", posted.userId() == null ? "" : posted.userId());
			values.put("group", posted.group() == null ? "" : posted.group());
			values.put("lead", String.valueOf(posted.asLead()));
			return form(model, me, values, e.fieldErrors());
		}
	}

	@PostMapping("/people/invitations/{id}/resend")
	String resend(@PathVariable long id, RedirectAttributes redirect) {
		Invited invited = people.resend(me(), id);
		sent(redirect, invited, "A new invitation for " + invited.userId() + " (the earlier link no longer works) ");
		return "redirect:/people";
	}

	@PostMapping("/people/invitations/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		people.revoke(me(), id);
		redirect.addFlashAttribute("done", "Invitation withdrawn: its link no longer works.");
		return "redirect:/people";
	}

	@PostMapping("/people/{userId}/deactivate")
	String deactivate(@PathVariable String userId, RedirectAttributes redirect) {
		int handedBack = people.deactivate(me(), userId);
		redirect.addFlashAttribute("done", userId + " is deactivated: signed out everywhere, tokens revoked, "
				+ handedBack + " open task(s) handed back.");
		return "redirect:/people";
	}

	@PostMapping("/people/{userId}/reactivate")
	String reactivate(@PathVariable String userId, RedirectAttributes redirect) {
		List<String> groups = people.reactivate(me(), userId);
		redirect.addFlashAttribute("done", userId + " may sign in again with their password, back in "
				+ (groups.isEmpty() ? "no group: add them to one" : String.join(", ", groups)) + ".");
		return "redirect:/people";
	}

	@PostMapping("/people/{userId}/lead")
	String makeLead(@PathVariable String userId, @RequestParam long providerId, RedirectAttributes redirect) {
		people.makeLead(me(), userId, providerId);
		redirect.addFlashAttribute("done", userId + " now leads their provider: they manage its people and tokens.");
		return "redirect:/people";
	}

	/** The link is shown only when no mail took it: flash attributes live for one page, so it is shown once. */
	private static void sent(RedirectAttributes redirect, Invited invited, String what) {
		if (invited.mailed()) {
			redirect.addFlashAttribute("done", what + "sent to " + invited.email() + ".");
		}
		else {
			redirect.addFlashAttribute("done", what + "made. No mail went out: pass this link on to "
					+ invited.email() + " yourself. It is shown only now.");
			redirect.addFlashAttribute("invitationLink",
					ServletUriComponentsBuilder.fromCurrentContextPath().path(invited.link()).toUriString());
		}
	}

	private PeopleScope me() {
		return people.scopeOf(CurrentUser.signedIn());
	}

	private String form(Model model, PeopleScope me, Map<String, String> values, Map<String, String> errors) {
		model.addAttribute("places", people.invitable(me));
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return FORM;
	}
}
