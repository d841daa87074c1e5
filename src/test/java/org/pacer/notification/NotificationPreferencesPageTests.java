package org.pacer.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.notification.NotificationService.Recipient;
import org.pacer.relationship.Relationship;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The preferences page: one's own choices, saved per kind, a clear 400 for nonsense, and one's own notifications. */
@ProcessTest
@AutoConfigureMockMvc
class NotificationPreferencesPageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private NotificationPreferences preferences;

	@Autowired
	private NotificationService notifications;

	private Relationship relationship;

	private String provider;

	@BeforeEach
	void aProvider() {
		relationship = fixtures.relationship(LocalDate.now().withDayOfMonth(1));
		provider = fixtures.providerUser(relationship);
	}

	@Test
	void everyKindIsWantedUntilThePersonUnticksIt() throws Exception {
		String before = page(provider);

		mvc.perform(post("/account/notifications").param("kinds", "TASK_ASSIGNED", "ESCALATION")
				.with(authentication(fixtures.signedIn(provider))).with(csrf()))
				.andExpect(status().isFound()).andExpect(flash().attribute("saved", true));
		String after = page(provider);

		assertThat(before).contains("id=\"kind-REMINDER\"").doesNotContain("id=\"mail-address\"")
				.contains("id=\"no-address\"").contains("id=\"mail-off\"");
		assertThat(checked(before)).isEqualTo(MailKind.values().length);
		assertThat(preferences.wanted(provider)).containsExactlyInAnyOrder(MailKind.TASK_ASSIGNED, MailKind.ESCALATION);
		assertThat(checked(after)).isEqualTo(2);
	}

	@Test
	void untickingEverythingTurnsEveryMailOff() throws Exception {
		mvc.perform(post("/account/notifications").with(authentication(fixtures.signedIn(provider))).with(csrf()))
				.andExpect(status().isFound());

		assertThat(preferences.wanted(provider)).isEmpty();
	}

	@Test
	void anUnknownKindIsRefusedWithAClearMessageAndNothingChanges() throws Exception {
		String answer = mvc.perform(post("/account/notifications").param("kinds", "TASK_ASSIGNED", "SPAM")
				.with(authentication(fixtures.signedIn(provider))).with(csrf()))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

		assertThat(answer).contains("There is no kind of mail called &quot;SPAM&quot;.");
		assertThat(preferences.wanted(provider)).hasSize(MailKind.values().length);
	}

	@Test
	void thePageListsOnesOwnAndOnesGroupsNotificationsButNoOtherProvidersOnes() throws Exception {
		Relationship other = fixtures.relationship(LocalDate.now().withDayOfMonth(1));
		notifications.notify("page-mine-" + provider, Recipient.group(relationship.getProvider().getCandidateGroup()),
				"REVIEW_PUBLISHED", "Review of our period published", "Well done.", "/relationships/" + relationship.getId(),
				relationship.getId());
		notifications.notify("page-theirs-" + provider, Recipient.group(other.getProvider().getCandidateGroup()),
				"REVIEW_PUBLISHED", "Review of their period published", "Not for you.", "/relationships/" + other.getId(),
				other.getId());

		String page = page(provider);

		assertThat(page).contains("Review of our period published").doesNotContain("Review of their period published");
	}

	@Test
	void withoutSigningInABrowserIsSentToTheLoginAndAScriptIsRefused() throws Exception {
		mvc.perform(get("/account/notifications").accept(MediaType.TEXT_HTML)).andExpect(status().isFound())
				.andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(post("/account/notifications").param("kinds", "REMINDER").with(csrf()))
				.andExpect(status().isUnauthorized());
	}

	private String page(String user) throws Exception {
		return mvc.perform(get("/account/notifications").with(authentication(fixtures.signedIn(user))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static int checked(String page) {
		return page.split("checked=\"checked\"", -1).length - 1;
	}
}
