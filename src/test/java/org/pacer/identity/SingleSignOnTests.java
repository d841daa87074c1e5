package org.pacer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff single sign-on against a real OpenID Connect server (mock-oauth2-server) started by the test: the whole
 * authorization-code flow over HTTP, as a browser goes through it, then the same doors as a password sign-in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnTests {

	private static final String CLIENT = "pacer";

	private static final Pattern SIGN_IN_LINK = Pattern.compile("id=\"sso-sign-in\"[^>]*href=\"([^\"]+)\"");

	@TempDir
	static Path dataDir;

	private MockOAuth2Server idp;

	private PacerOverHttp pacer;

	/** The identity provider is another host for the browser: no cookie of Pacer's goes there. */
	private final HttpClient browser = HttpClient.newHttpClient();

	@BeforeAll
	void start() {
		idp = new MockOAuth2Server();
		idp.start();
		// the operator's variables, as the README names them
		pacer = PacerOverHttp.onH2(dataDir, "--PACER_SSO_ISSUER_URI=" + idp.issuerUrl("corp"),
				"--PACER_SSO_CLIENT_ID=" + CLIENT, "--PACER_SSO_CLIENT_SECRET=not-checked-by-the-mock",
				"--PACER_SSO_LABEL=Sign in with Corp ID", "--PACER_SSO_MANAGERS=pacer-managers",
				"--PACER_SSO_ADMINS=pacer-admins,it-admins", "--PACER_SSO_PROCESSOWNERS=pacer-process-owners");
		pacer.user("ada", "Strong-Pass-1", Roles.ADMINS);
	}

	@AfterAll
	void stop() {
		pacer.close();
		idp.shutdown();
	}

	@Test
	void aManagerSignsInThroughTheIdentityProviderAndWorksAsOne() {
		String session = signInThroughIdp("sub-mia", "Mia.Manager@corp.example", "mia.manager@corp.example",
				List.of("pacer-managers", "everyone"));

		IdentityService identity = pacer.app.getBean(IdentityService.class);
		User mia = identity.createUserQuery().userId("mia.manager").singleResult();
		assertThat(mia).as("the user is made at the first sign-in, its name an address's first part, lower case")
				.isNotNull();
		assertThat(mia.getFirstName()).isEqualTo("Mia");
		assertThat(mia.getEmail()).isEqualTo("mia.manager@corp.example");
		assertThat(groupsOf("mia.manager")).containsExactly(Roles.MANAGERS);

		assertThat(pacer.get("/dashboard", "Cookie", session).statusCode()).as("a manager's page").isEqualTo(200);
		assertThat(pacer.get("/relationships/new", "Cookie", session).statusCode()).as("a manager's form")
				.isEqualTo(200);
		assertThat(pacer.get("/people", "Cookie", session).statusCode()).as("an administrator's page")
				.isEqualTo(403);
		// Camunda's webapps read the same user and groups from the session, once one is opened
		assertThat(pacer.get("/camunda/app/tasklist/default/", "Cookie", session).statusCode()).isEqualTo(200);
		HttpResponse<String> webapp = pacer.get("/camunda/api/admin/auth/user/default", "Cookie", session,
				"Accept", "application/json");
		assertThat(webapp.statusCode()).isEqualTo(200);
		// Cockpit is granted to the managers' group only
		assertThat(webapp.body()).contains("\"userId\":\"mia.manager\"").contains("\"cockpit\"");
		// and a task offered to the managers' group is in the inbox, as for a password user
		TaskService tasks = pacer.app.getBean(TaskService.class);
		Task task = tasks.newTask();
		task.setName("Offered to the managers");
		tasks.saveTask(task);
		tasks.addCandidateGroup(task.getId(), Roles.MANAGERS);
		try {
			assertThat(pacer.get("/tasks", "Cookie", session).body()).contains("Offered to the managers");
		}
		finally {
			tasks.deleteTask(task.getId(), true);
		}
	}

	@Test
	void theGroupsFollowTheIdentityProviderAtEverySignIn() {
		String owner = signInThroughIdp("sub-pete", "pete", "pete@corp.example",
				List.of("pacer-managers", "pacer-process-owners"));
		assertThat(groupsOf("pete")).containsExactlyInAnyOrder(Roles.MANAGERS, Roles.PROCESS_OWNERS);
		assertThat(pacer.get("/processes", "Cookie", owner).statusCode()).isEqualTo(200);

		String manager = signInThroughIdp("sub-pete", "pete", "pete@corp.example", List.of("pacer-managers"));
		assertThat(groupsOf("pete")).containsExactly(Roles.MANAGERS);
		assertThat(pacer.get("/processes", "Cookie", manager).statusCode()).as("no longer a process owner")
				.isEqualTo(403);

		String admin = signInThroughIdp("sub-pete", "pete", "pete@corp.example", List.of("it-admins"));
		assertThat(groupsOf("pete")).containsExactly(Roles.ADMINS);
		assertThat(pacer.get("/people", "Cookie", admin).statusCode()).isEqualTo(200);
	}

	@Test
	void someoneWithoutAPacerRoleIsToldSoAndGetsNoAccount() {
		String refused = refusedThroughIdp("sub-nora", "nora", "nora@corp.example", List.of("everyone"));
		assertThat(refused).contains("no Pacer role");
		assertThat(pacer.app.getBean(IdentityService.class).createUserQuery().userId("nora").count()).isZero();
	}

	@Test
	void aProvidersPersonCannotBeTakenOverBySingleSignOn() {
		pacer.user("vic", "Strong-Pass-1", "provider-acme");
		String refused = refusedThroughIdp("sub-vic", "vic", "vic@corp.example", List.of("pacer-admins"));
		assertThat(refused).contains("belongs to a provider's person");
		assertThat(groupsOf("vic")).containsExactly("provider-acme");
	}

	@Test
	void anotherAccountWithTheSameUserNameIsRefused() {
		signInThroughIdp("sub-sam-1", "sam", "sam@corp.example", List.of("pacer-managers"));
		String refused = refusedThroughIdp("sub-sam-2", "sam@other.example", "sam@other.example",
				List.of("pacer-admins"));
		assertThat(refused).contains("already linked to another account");
		assertThat(groupsOf("sam")).containsExactly(Roles.MANAGERS);
	}

	@Test
	void aPasswordAccountIsTakenOverOnlyWithItsOwnAddress() {
		pacer.user("paula", "Strong-Pass-1", Roles.MANAGERS);
		IdentityService identity = pacer.app.getBean(IdentityService.class);
		User paula = identity.createUserQuery().userId("paula").singleResult();
		paula.setEmail("paula@corp.example");
		identity.saveUser(paula);

		assertThat(refusedThroughIdp("sub-paula-x", "paula", "someone@else.example", List.of("pacer-admins")))
				.contains("exists with another email address");
		signInThroughIdp("sub-paula", "paula", "Paula@corp.example", List.of("pacer-managers"));
		assertThat(groupsOf("paula")).containsExactly(Roles.MANAGERS);
	}

	@Test
	void aDeactivatedPersonStaysOut() {
		String session = signInThroughIdp("sub-dora", "dora", "dora@corp.example", List.of("pacer-managers"));
		String admin = pacer.signedIn("ada", "Strong-Pass-1");
		String csrf = csrfOf(pacer.get("/people", "Cookie", admin).body());
		assertThat(pacer.postForm("/people/dora/deactivate", admin, Map.of("_csrf", csrf)).statusCode()).isEqualTo(302);

		assertThat(pacer.get("/tasks", "Cookie", session).statusCode()).as("the session ended").isEqualTo(302);
		assertThat(refusedThroughIdp("sub-dora", "dora", "dora@corp.example", List.of("pacer-managers")))
				.contains("deactivated");
	}

	@Test
	void theSignInPageOffersTheIdentityProvider() {
		String page = pacer.get("/login").body();
		assertThat(page).contains("Sign in with Corp ID");
		Matcher link = SIGN_IN_LINK.matcher(page);
		assertThat(link.find()).isTrue();
		assertThat(link.group(1)).isEqualTo("/oauth2/authorization/staff");
	}

	/** Goes through the identity provider and back; answers the signed-in session's cookie. */
	private String signInThroughIdp(String subject, String userName, String email, List<String> groups) {
		HttpResponse<String> back = throughIdp(subject, userName, email, groups);
		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(back.headers().firstValue("Location").orElseThrow()).as("signed in").doesNotContain("/login");
		return PacerOverHttp.cookie(back, "SESSION");
	}

	/** Goes through the identity provider and back, refused; answers what the sign-in page says. */
	private String refusedThroughIdp(String subject, String userName, String email, List<String> groups) {
		HttpResponse<String> back = throughIdp(subject, userName, email, groups);
		assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/login?sso-refused");
		String cookie = back.headers().firstValue("Set-Cookie").isPresent() ? PacerOverHttp.cookie(back, "SESSION")
				: null;
		String page = pacer.get("/login?sso-refused", "Cookie", cookie == null ? sessionOfLastStart : cookie).body();
		Matcher reason = Pattern.compile("id=\"sso-refused\"[^>]*>([^<]+)<").matcher(page);
		assertThat(reason.find()).as("the reason is on the page").isTrue();
		// shown once
		assertThat(pacer.get("/login", "Cookie", cookie == null ? sessionOfLastStart : cookie).body())
				.doesNotContain("sso-refused");
		return reason.group(1).replace("&#39;", "'");
	}

	private String sessionOfLastStart;

	private HttpResponse<String> throughIdp(String subject, String userName, String email, List<String> groups) {
		HttpResponse<String> start = pacer.get("/oauth2/authorization/staff");
		assertThat(start.statusCode()).isEqualTo(302);
		sessionOfLastStart = PacerOverHttp.cookie(start, "SESSION");
		idp.enqueueCallback(new DefaultOAuth2TokenCallback("corp", subject, "JWT", List.of(CLIENT),
				Map.of("preferred_username", userName, "email", email, "given_name", userName.substring(0, 1)
						.toUpperCase() + userName.substring(1, userName.indexOf('.') > 0 ? userName.indexOf('.')
								: userName.indexOf('@') > 0 ? userName.indexOf('@') : userName.length()),
						"family_name", "Staff", "groups", groups),
				3600));
		HttpResponse<String> atIdp = send(start.headers().firstValue("Location").orElseThrow());
		assertThat(atIdp.statusCode()).as("the identity provider sends the browser back").isEqualTo(302);
		String callback = atIdp.headers().firstValue("Location").orElseThrow();
		assertThat(callback).startsWith("http://localhost:" + pacer.port() + "/login/oauth2/code/staff");
		return pacer.get(callback.substring(callback.indexOf("/login/")), "Cookie", sessionOfLastStart);
	}

	private HttpResponse<String> send(String url) {
		try {
			return browser.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private List<String> groupsOf(String userId) {
		return pacer.app.getBean(IdentityService.class).createGroupQuery().groupMember(userId).list().stream()
				.map(Group::getId).toList();
	}

	private static String csrfOf(String page) {
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).isTrue();
		return csrf.group(1);
	}
}
