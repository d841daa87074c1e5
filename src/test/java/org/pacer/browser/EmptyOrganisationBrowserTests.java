package org.pacer.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacer.browser.BrowserSession.expect;
import static org.pacer.browser.PacerInBrowser.await;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pacer.notification.Mailboxes;
import org.pacer.process.Processes;
import org.pacer.relationship.ProviderRepository;
import org.pacer.relationship.RelationshipRepository;

/**
 * An organisation sets itself up in the browser, from an empty database without demo data: only the first
 * administrator exists (set by the operator's settings, as in production), and mail goes to the test's SMTP server.
 * Screenshots of each step are under target/browser.
 */
class EmptyOrganisationBrowserTests extends BrowserTest {

	private static final String ADMIN = "olivia";

	private static final String ADMIN_PASSWORD = "Set-Up-2026-ok";

	private static final String MANAGER = "maria";

	private static final String MANAGER_PASSWORD = "Blue-Harbour-2026";

	private static final String VENDOR = "vera";

	private static final String VENDOR_PASSWORD = "Green-Valley-2026-ok";

	private static final Pattern INVITATION_LINK = Pattern.compile("https?://[^\\s\"<>]*(/invitations/[A-Za-z0-9_-]+)");

	@RegisterExtension
	static final GreenMailExtension smtp = Mailboxes.smtpServer()
			// one server for the class: Pacer is started once, with its port
			.withPerMethodLifecycle(false);

	@Override
	String[] settings() {
		return new String[] { "--pacer.demo.enabled=false", "--camunda.bpm.admin-user.id=" + ADMIN,
				"--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD, "--camunda.bpm.admin-user.first-name=Olivia",
				"--camunda.bpm.admin-user.last-name=Admin", "--pacer.mail.host=127.0.0.1",
				"--pacer.mail.port=" + smtp.getSmtp().getPort() };
	}

	@Test
	void anAdministratorSetsUpTheOrganisation() {
		browser.signIn(ADMIN, ADMIN_PASSWORD);
		assertThat(browser.path()).as("an empty organisation starts on the set-up page").isEqualTo("/start");
		expect(browser.find("#step-provider")).not().hasClass("done");
		browser.shot("empty-start");

		addProvider("Service Desk", "INTERNAL_TEAM");
		addProvider("Acme Hosting", "VENDOR");
		expect(browser.find("#providers")).containsText("Service Desk");
		expect(browser.find("#providers")).containsText("Acme Hosting");
		browser.shot("providers-added");

		browser.open("/start");
		expect(browser.find("#step-provider")).hasClass("done");
		browser.shot("provider-step-done");

		// the admin invites a manager and the vendor's person; each sets a password from the mailed link
		invite("Maria Manager", "maria@client.example", MANAGER, "managers");
		invite("Vera Vendor", "vera@acme.example", VENDOR, "provider-acme-hosting");
		browser.shot("people-invited");
		acceptInvitation("maria@client.example", MANAGER_PASSWORD);
		acceptInvitation("vera@acme.example", VENDOR_PASSWORD);
		browser.signIn(VENDOR, VENDOR_PASSWORD);
		assertThat(browser.path()).as("the vendor's person is signed in").isNotEqualTo("/login");
		browser.shot("vendor-signed-in");

		browser.signIn(ADMIN, ADMIN_PASSWORD);
		browser.open("/start");
		expect(browser.find("#step-people")).hasClass("done");

		// the manager starts a relationship with the library's "Managed hosting" measures, two months back
		browser.signIn(MANAGER, MANAGER_PASSWORD);
		browser.open("/relationships/new");
		browser.find("#name").fill("Hosting and operations");
		browser.find("#providerId").selectOption(Long.toString(
				pacer.bean(ProviderRepository.class).findByName("Acme Hosting").orElseThrow().getId()));
		browser.find("#managerId").selectOption(MANAGER);
		browser.find("#reviewPeriod").selectOption("MONTHLY");
		browser.find("#startDate").fill(LocalDate.now().withDayOfMonth(1).minusMonths(2).toString());
		browser.find("#expectedLevel").selectOption("2");
		browser.find("#copyFrom").selectOption(
				browser.find("#copyFrom option:has-text('Managed hosting')").getAttribute("value"));
		browser.shot("new-relationship-from-library");
		assertThat(browser.post(browser.find("#create-relationship"))).isLessThan(400);
		String relationship = Long.toString(pacer.bean(RelationshipRepository.class).findAll().stream()
				.filter(r -> r.getName().equals("Hosting and operations")).findFirst().orElseThrow().getId());

		// "Set expected outcomes" comes prefilled from the form; the provider delivers level 2 already
		browser.openFromInbox(await("Set expected outcomes", () -> pacer.openTask(relationship, "Task_SetExpectedOutcomes")));
		expect(browser.find("input[name=expectedLevel][value='2']")).isChecked();
		browser.find("input[name=currentLevel][value='2']").check();
		browser.shot("outcomes-prefilled");
		browser.complete(browser.find("#submit"));

		// "Define success measures" holds the library's measures, every need covered
		browser.openFromInbox(await("Define success measures",
				() -> pacer.openTask(relationship, "Task_DefineSuccessMeasures")));
		expect(browser.find("tr[data-measure]").first()).containsText("library, version");
		assertThat(browser.find("tr[data-measure]").count()).isGreaterThanOrEqualTo(8);
		browser.shot("measures-from-library");
		browser.complete(browser.find("#submit"));

		// the vendor's person agrees them
		Task agree = await("Agree measures", () -> pacer.openTask(relationship, "Task_AgreeMeasures"));
		browser.signIn(VENDOR, VENDOR_PASSWORD);
		browser.openFromInbox(agree);
		browser.find("input[name=measuresAccepted][value=true]").check();
		browser.shot("vendor-agrees");
		browser.complete(browser.find("#submit"));

		// and the reviews open. The first period (two months back) had its results due last month, so its results task
		// soon gives way to the manager's chase; last month's are still due, and the vendor is asked for them
		String lastMonth = Processes.reviewKey(Long.parseLong(relationship),
				LocalDate.now().withDayOfMonth(1).minusMonths(1));
		Task results = await("last month's results task", () -> pacer.bean(TaskService.class).createTaskQuery()
				.processInstanceBusinessKey(lastMonth).taskDefinitionKey("Task_SubmitPeriodResults")
				.taskCandidateGroup("provider-acme-hosting").singleResult());
		// offered to the vendor's group in their inbox, to claim (reloaded: the job executor opens it in the background)
		await("the results task in the vendor's inbox", () -> {
			browser.open("/tasks");
			return browser.find("#tasks-offered form[action$='/tasks/" + results.getId() + "/claim']").count() > 0
					? results : null;
		});
		expect(browser.find("#tasks-offered")).containsText("Submit period results");
		expect(browser.find("#tasks-offered")).containsText("Hosting and operations");
		browser.shot("first-review-open");

		// the first period's results, overdue since last month, are the manager's to chase
		await("the first period's chase for the manager", () -> pacer.bean(TaskService.class).createTaskQuery()
				.processInstanceBusinessKey(Processes.reviewKey(Long.parseLong(relationship),
						LocalDate.now().withDayOfMonth(1).minusMonths(2)))
				.taskDefinitionKey("Task_ChaseMissingResults").taskAssignee(MANAGER).singleResult());
	}

	private void invite(String name, String email, String userId, String group) {
		browser.open("/people/new?group=" + group);
		browser.find("#name").fill(name);
		browser.find("#email").fill(email);
		browser.find("#userId").fill(userId);
		browser.find("#group").selectOption(group);
		assertThat(browser.post(browser.find("#send-invitation"))).isLessThan(400);
		expect(browser.find("#done-message")).isVisible();
	}

	/** Follows the link of the invitation mailed to the address (as a new visitor) and sets the password. */
	private void acceptInvitation(String email, String password) {
		String link = await("the invitation mail to " + email, () -> Mailboxes.receivedBy(smtp, email)
				.stream().map(mail -> INVITATION_LINK.matcher(mail.text())).filter(Matcher::find).map(m -> m.group(1))
				.findFirst().orElse(null));
		browser.page().context().clearCookies();
		browser.open(link);
		expect(browser.find("#password-form")).isVisible();
		browser.shot("set-password");
		browser.find("#password").fill(password);
		browser.find("#passwordRepeat").fill(password);
		assertThat(browser.post(browser.find("#set-password"))).as("the password is taken").isLessThan(400);
		expect(browser.find("#joined")).isVisible();
	}

	private void addProvider(String name, String kind) {
		browser.open("/providers/new");
		browser.find("#name").fill(name);
		browser.find("#kind").selectOption(kind);
		browser.find("#contact").fill(name.toLowerCase().replace(' ', '.') + "@example.com");
		assertThat(browser.post(browser.find("#save-provider"))).isLessThan(400);
		expect(browser.find("#done-message")).isVisible();
	}
}
