package org.pacer.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pacer.CycleFixtures;
import org.pacer.Pages;
import org.pacer.identity.Roles;
import org.pacer.notification.Mailboxes;
import org.pacer.notification.Mailboxes.Mail;
import org.pacer.relationship.Provider;
import org.pacer.relationship.ProviderKind;
import org.pacer.relationship.ProviderRepository;
import org.pacer.relationship.RelationshipService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * With mail on (a GreenMail server as the mail host): an invitation goes out by mail at once, its link is not shown
 * on the page, and following the mailed link to set a password lets the person sign in. An import of people mails
 * each their invitation once the file is imported, and nobody while it is checked.
 */
// a context of its own: mail is on only here; its own database keeps the other tests' context apart
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:pacer-invitation-mail;DB_CLOSE_DELAY=-1",
		"pacer.mail.interval=PT1H", "pacer.base-url=https://pacer.example" })
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import(CycleFixtures.class)
class InvitationMailTests {

	private static final String ADMIN = "invitation-mail-admin";

	private static final Pattern LINK = Pattern.compile("https://pacer\\.example(/invitations/[A-Za-z0-9_-]+)");

	/** Chosen before anything starts: the application context is made before GreenMail's own start. */
	private static final int PORT = freePort();

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void mailHost(DynamicPropertyRegistry properties) {
		properties.add("pacer.mail.host", () -> "127.0.0.1");
		properties.add("pacer.mail.port", () -> PORT);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private RelationshipService relationships;

	@Autowired
	private ProviderRepository providerRows;

	private Pages pages;

	private Provider provider;

	@BeforeEach
	void setUp() {
		pages = new Pages(mvc, fixtures);
		fixtures.ensureUser(ADMIN, Roles.ADMINS);
		// one provider for the context's tests: a name is taken once
		provider = providerRows.findByName("Mailed Vendor")
				.orElseGet(() -> relationships.createProvider("Mailed Vendor", ProviderKind.VENDOR));
	}

	@Test
	void theInvitationIsMailedAndItsLinkLetsThePersonSetAPasswordAndSignIn() throws Exception {
		// when
		MvcResult invited = mvc.perform(pages.as(post("/people").param("name", "Mia Moss")
				.param("email", "mia@vendor.example").param("userId", "").param("group", provider.getCandidateGroup()),
				ADMIN)).andExpect(status().isFound()).andReturn();

		// then: one mail, with the link; the page does not show it
		assertThat(invited.getFlashMap().get("invitationLink")).isNull();
		assertThat((String) invited.getFlashMap().get("done")).contains("sent to mia@vendor.example");
		List<Mail> mails = Mailboxes.receivedBy(smtp, "mia@vendor.example");
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).subject()).isEqualTo("Pacer: you are invited");
		assertThat(mails.get(0).text()).contains("Hello Mia Moss", "as one of Mailed Vendor");
		Matcher link = LINK.matcher(mails.get(0).text());
		assertThat(link.find()).as("the link in the mail: %s", mails.get(0).text()).isTrue();

		// and when the person follows it
		String path = link.group(1);
		mvc.perform(get(path)).andExpect(status().isOk());
		mvc.perform(post(path).param("password", "Joined-Pacer-42").param("passwordRepeat", "Joined-Pacer-42")
				.with(csrf())).andExpect(status().isFound());

		// then
		mvc.perform(formLogin("/login").user("mia").password("Joined-Pacer-42"))
				.andExpect(authenticated().withUsername("mia"));
		mvc.perform(get(path)).andExpect(status().isGone());
	}
	@Test
	void importedPeopleAreMailedTheirInvitationsWhenTheFileIsImportedNotWhenItIsChecked() throws Exception {
		// given
		String csv = "name,email,group\nIda Imported,ida@vendor.example," + provider.getName() + "\n"
				+ "Jon Imported,jon@vendor.example," + provider.getCandidateGroup() + "\n";

		// when
		String run = mvc.perform(pages.as(multipart("/imports").file(new MockMultipartFile("file", "people.csv",
				"text/csv", csv.getBytes(StandardCharsets.UTF_8))).param("kind", "PEOPLE"), ADMIN))
				.andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		pageOnceItSays(run, "All 2 rows can be imported");

		// then: the check mailed nobody
		assertThat(Mailboxes.receivedBy(smtp, "ida@vendor.example")).isEmpty();

		// when
		mvc.perform(pages.as(post(run + "/save"), ADMIN)).andExpect(status().isFound());
		pageOnceItSays(run, "2 rows imported");

		// then: each got the form's mail, with a link that works
		for (String address : List.of("ida@vendor.example", "jon@vendor.example")) {
			List<Mail> mails = Mailboxes.receivedBy(smtp, address);
			assertThat(mails).hasSize(1);
			assertThat(mails.get(0).text()).contains("as one of Mailed Vendor");
			Matcher link = LINK.matcher(mails.get(0).text());
			assertThat(link.find()).isTrue();
			mvc.perform(get(link.group(1))).andExpect(status().isOk());
		}
	}

	/** The import run's page once the work on its own thread has got this far. */
	private String pageOnceItSays(String run, String text) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		String page = "";
		while (Instant.now().isBefore(deadline)) {
			page = pages.page(get(run), ADMIN, 200);
			if (page.contains(text)) {
				return page;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The import's page did not say '" + text + "' within a minute: " + page);
	}
}
