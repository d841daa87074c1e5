package org.pacer.notification;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.pacer.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each person's page for mail: which kinds they want by email, the address it goes to, and their latest
 * notifications (which appear here whether mailed or not). Only one's own: the page has no user parameter.
 */
@Controller
class NotificationPreferencesController {

	static final String PATH = "/account/notifications";

	private final NotificationPreferences preferences;

	private final NotificationService notifications;

	private final IdentityService identity;

	private final MailSettings mail;

	public NotificationPreferencesController(NotificationPreferences preferences, NotificationService notifications,
			IdentityService identity, MailSettings mail) {
		this.preferences = preferences;
		this.notifications = notifications;
		this.identity = identity;
		this.mail = mail;
	}

	@GetMapping(PATH)
	public ModelAndView show(@RequestParam(required = false) String page) {
		CurrentUser me = CurrentUser.signedIn();
		return page(me, preferences.wanted(me.id()), null, HttpStatus.OK, pageNumber(page));
	}

	/** The page as typed: 0 for anything that is not a page number; one past all is empty and leads back. */
	private static int pageNumber(String text) {
		String digits = text == null ? "" : text.strip();
		return digits.matches("\\d{1,6}") ? Integer.parseInt(digits) : 0;
	}

	@PostMapping(PATH)
	public ModelAndView choose(@RequestParam(name = "kinds", required = false) List<String> kinds,
			RedirectAttributes redirect) {
		CurrentUser me = CurrentUser.signedIn();
		Set<MailKind> wanted = EnumSet.noneOf(MailKind.class);
		for (String kind : kinds == null ? List.<String>of() : kinds) {
			var known = MailKind.of(kind);
			if (known.isEmpty()) {
				return page(me, preferences.wanted(me.id()), "There is no kind of mail called \"" + kind + "\".",
						HttpStatus.BAD_REQUEST, 0);
			}
			wanted.add(known.get());
		}
		preferences.choose(me.id(), wanted);
		redirect.addFlashAttribute("saved", true);
		return new ModelAndView("redirect:" + PATH);
	}

	private ModelAndView page(CurrentUser me, Set<MailKind> wanted, String error, HttpStatus status, int notificationsPage) {
		User user = identity.createUserQuery().userId(me.id()).singleResult();
		ModelAndView page = new ModelAndView("account/notifications", status);
		page.addObject("kinds", MailKind.values());
		page.addObject("wanted", wanted);
		page.addObject("address", user == null ? null : user.getEmail());
		page.addObject("mailOn", mail.enabled());
		page.addObject("error", error);
		page.addObject("recent", notifications.pageFor(me.id(), me.groups(), notificationsPage));
		return page;
	}
}
