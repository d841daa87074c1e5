package org.pacer.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacer.browser.BrowserSession.expect;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An organisation sets itself up in the browser, from an empty database without demo data: only the first
 * administrator exists (set by the operator's settings, as in production), and mail goes to the test's SMTP server.
 * Screenshots of each step are under target/browser.
 */
class EmptyOrganisationBrowserTests extends BrowserTest {

	private static final String ADMIN = "olivia";

	private static final String ADMIN_PASSWORD = "Set-Up-2026-ok";

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
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
