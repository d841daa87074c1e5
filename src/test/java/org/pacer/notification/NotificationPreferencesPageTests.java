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
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.JdbcStatements;
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

	@Autowired
	private JdbcStatements statements;

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
	void notificationsComeTwentyAPageNewestFirstInAFixedNumberOfStatements() throws Exception {
		// given: 21 notifications to the provider's group, one page and one more
		notifyProvider(1, 21);
		long few = statements.of(() -> page(provider));

		// when: 45 in all
		notifyProvider(22, 45);
		long many = statements.of(() -> page(provider));

		// then: three pages, the newest first, each read in the same statements
		String first = page(provider);
		assertThat(subjects(first)).hasSize(20).startsWith("Note 45").endsWith("Note 26");
		assertThat(first).contains("Page 1 of 3, 45 notifications", "page=1").doesNotContain("rel=\"prev\"");
		assertThat(subjects(page(provider, "2"))).containsExactly("Note 05", "Note 04", "Note 03", "Note 02", "Note 01");
		assertThat(page(provider, "7")).contains("Nothing yet.", "page=2");
		assertThat(subjects(page(provider, "x"))).startsWith("Note 45");
		assertThat(many).isEqualTo(few);
		// another provider's person sees none of them
		Relationship other = fixtures.relationship(LocalDate.now().withDayOfMonth(1));
		assertThat(page(fixtures.providerUser(other))).doesNotContain("Note 45").contains("Nothing yet.");
	}

	private void notifyProvider(int from, int to) {
		for (int i = from; i <= to; i++) {
			notifications.notify("page-note-" + provider + "-" + i,
					Recipient.group(relationship.getProvider().getCandidateGroup()), "REVIEW_PUBLISHED",
					"Note %02d".formatted(i), "Body " + i, null, relationship.getId());
		}
	}

	/** The subjects the page's table lists, in order. */
	private static List<String> subjects(String html) {
		return Pattern.compile("<tr data-notification=\"\\d+\">\\s*<td>[^<]*</td>\\s*<td><strong>([^<]*)</strong>")
				.matcher(html).results().map(m -> m.group(1)).toList();
	}

	private String page(String user, String page) throws Exception {
		return mvc.perform(get("/account/notifications").param("page", page)
				.with(authentication(fixtures.signedIn(user))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
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
