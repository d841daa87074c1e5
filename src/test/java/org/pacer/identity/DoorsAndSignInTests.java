package org.pacer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.pacer.identity.PacerOverHttp.Session;

/**
 * The doors of a running Pacer, over HTTP: who may use /engine-rest and the Camunda webapps, sign-in and sign-out,
 * failed sign-ins, error answers, forwarded headers, sessions under parallel requests and the pages' headers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoorsAndSignInTests {

	private static final String STAFF = "doors-staff";

	private static final String VENDOR = "doors-vendor";

	private static final String ADMIN = "doors-admin";

	private static final String PASSWORD = "Strong-Pass-1";

	@TempDir
	static Path dataDir;

	private PacerOverHttp pacer;

	@BeforeAll
	void start() {
		pacer = PacerOverHttp.onH2(dataDir);
		pacer.user(STAFF, PASSWORD, Roles.MANAGERS);
		pacer.user(VENDOR, PASSWORD, Roles.PROVIDER_GROUP_PREFIX + "doors-test");
		pacer.user(ADMIN, PASSWORD, Roles.ADMINS);
	}

	@AfterAll
	void stop() {
		if (pacer != null) {
			pacer.close();
		}
	}

	@Test
	void withoutSingleSignOnConfiguredThereIsNoSuchDoor() {
		assertThat(pacer.get("/login").body()).doesNotContain("sso-sign-in");
		HttpResponse<String> start = pacer.get("/oauth2/authorization/staff");
		assertThat(start.statusCode()).isEqualTo(302);
		assertThat(start.headers().firstValue("Location").orElseThrow()).as("to Pacer's own sign-in, nowhere else")
				.endsWith("/login");
	}

	@Test
	void providerUsersHaveNoDoorToTheEngineApiOrTheCamundaWebapps() {
		// given
		String vendorSession = pacer.signedIn(VENDOR, PASSWORD);
		String staffSession = pacer.signedIn(STAFF, PASSWORD);

		// then: a vendor is refused everywhere in /engine-rest and /camunda, the webapps' pages included
		for (String path : List.of("/engine-rest/task", "/engine-rest/process-definition", "/engine-rest/history/task")) {
			assertThat(pacer.basicGet(path, VENDOR, PASSWORD).statusCode()).as(path).isEqualTo(403);
		}
		for (String path : List.of("/camunda/app/tasklist/", "/camunda/app/cockpit/default/",
				"/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
				"/camunda/api/admin/auth/user/default", "/camunda/api/engine/engine/default/task")) {
			assertThat(pacer.get(path, "Cookie", vendorSession).statusCode()).as(path).isEqualTo(403);
		}
		// and keeps the portal and the integration API
		assertThat(pacer.get("/tasks", "Cookie", vendorSession).statusCode()).isEqualTo(200);
		assertThat(pacer.basicGet("/api/v1/relationships", VENDOR, PASSWORD).statusCode()).isEqualTo(200);
		// while staff keep both doors
		assertThat(pacer.basicGet("/engine-rest/task", STAFF, PASSWORD).statusCode()).isEqualTo(200);
		assertThat(pacer.get("/camunda/app/tasklist/default/", "Cookie", staffSession).statusCode()).isEqualTo(200);
	}

	@Test
	void signingOutInTheCamundaWebappsEndsThePortalSessionToo() {
		// given: signed in, the webapps know the user once one is opened
		String session = pacer.signedIn(STAFF, PASSWORD);
		HttpResponse<String> tasklist = pacer.get("/camunda/app/tasklist/default/", "Cookie", session);
		assertThat(tasklist.statusCode()).isEqualTo(200);
		String xsrf = PacerOverHttp.cookie(tasklist, "XSRF-TOKEN");
		HttpResponse<String> me = pacer.get("/camunda/api/admin/auth/user/default", "Cookie", session);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains(STAFF);

		// when
		HttpResponse<String> logout = pacer.send(HttpRequest.newBuilder(pacer.uri(
				"/camunda/api/admin/auth/user/default/logout")).header("Cookie", session + "; " + xsrf)
				.header("X-XSRF-TOKEN", xsrf.substring(xsrf.indexOf('=') + 1))
				.POST(HttpRequest.BodyPublishers.noBody()));

		// then
		assertThat(logout.statusCode()).isLessThan(300);
		assertThat(pacer.get("/tasks", "Cookie", session).statusCode()).as("portal").isEqualTo(302);
		assertThat(pacer.get("/camunda/api/admin/auth/user/default", "Cookie", session).statusCode()).isEqualTo(401);
	}

	@Test
	void signingOutOfThePortalEndsTheWebappsSessionAndSigningInGivesANewSessionId() {
		// given
		Session before = pacer.loginPage();
		HttpResponse<String> signIn = pacer.signIn(before, STAFF, PASSWORD);
		String session = PacerOverHttp.cookie(signIn, "SESSION");
		assertThat(session).as("session fixation: a new id at sign-in").isNotEqualTo(before.cookie());
		assertThat(pacer.get("/tasks", "Cookie", before.cookie()).statusCode()).as("the old id").isEqualTo(302);
		assertThat(pacer.get("/camunda/app/tasklist/default/", "Cookie", session).statusCode()).isEqualTo(200);
		assertThat(pacer.get("/camunda/api/admin/auth/user/default", "Cookie", session).statusCode()).isEqualTo(200);
		Session portal = pacer.loginPage(session);

		// when
		HttpResponse<String> logout = pacer.postForm("/logout", session, Map.of("_csrf", portal.csrf()));

		// then
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(pacer.get("/camunda/api/admin/auth/user/default", "Cookie", session).statusCode()).isEqualTo(401);
		assertThat(pacer.get("/tasks", "Cookie", session).statusCode()).isEqualTo(302);
	}

	@Test
	void aStrangerGuessingPasswordsIsStoppedWithoutLockingTheUserOut() {
		// given: a victim, and strangers on three other addresses, twelve wrong passwords in all (Camunda's own
		// throttle would lock the account for good after ten)
		String victim = "doors-victim";
		pacer.user(victim, PASSWORD);
		String wrong = PacerOverHttp.basic(victim, "guess");
		List<Integer> answers = new ArrayList<>();
		for (String stranger : List.of("127.0.0.2", "127.0.0.3", "127.0.0.4")) {
			for (int i = 0; i < 6; i++) {
				answers.add(pacer.statusFrom(stranger, "/engine-rest/task", wrong));
			}
		}

		// then: each stranger has five tries, then waits
		assertThat(answers).containsExactly(401, 401, 401, 401, 401, 429, 401, 401, 401, 401, 401, 429, 401, 401,
				401, 401, 401, 429);
		assertThat(pacer.statusFrom("127.0.0.2", "/engine-rest/task", PacerOverHttp.basic(victim, PASSWORD)))
				.as("the right password from a locked address").isEqualTo(429);
		// and the victim still signs in, at once, by HTTP Basic and with the form
		assertThat(pacer.basicGet("/engine-rest/task", victim, PASSWORD).statusCode()).isEqualTo(200);
		assertThat(pacer.signedIn(victim, PASSWORD)).startsWith("SESSION=");
	}

	@Test
	void aLimitedClientIsToldWhyAndAnAdministratorsUnlockLetsItBackIn() {
		// given: five wrong passwords from one address
		String user = "doors-forgetful";
		pacer.user(user, PASSWORD);
		for (int i = 0; i < 5; i++) {
			assertThat(pacer.statusFrom("127.0.0.5", "/api/v1/relationships", PacerOverHttp.basic(user, "nope")))
					.isEqualTo(401);
		}
		HttpResponse<String> limited = pacer.basicGet("/api/v1/relationships", user, "nope");
		assertThat(limited.statusCode()).as("another address is not limited").isEqualTo(401);
		assertThat(pacer.statusFrom("127.0.0.5", "/actuator/prometheus", PacerOverHttp.basic(user, PASSWORD)))
				.isEqualTo(429);

		// when: an administrator unlocks the user (Camunda Admin's "Unlock user")
		HttpResponse<String> unlock = pacer.send(HttpRequest.newBuilder(pacer.uri("/engine-rest/user/" + user
				+ "/unlock")).header("Authorization", PacerOverHttp.basic(ADMIN, PASSWORD))
				.POST(HttpRequest.BodyPublishers.noBody()));

		// then
		assertThat(unlock.statusCode()).isEqualTo(204);
		assertThat(pacer.statusFrom("127.0.0.5", "/api/v1/relationships", PacerOverHttp.basic(user, PASSWORD)))
				.isEqualTo(200);
	}

	@Test
	void theLoginFormSaysWhenAClientMustWait() {
		// given: five wrong passwords with the form, for a user that does not even exist
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> wrong = pacer.signIn(pacer.loginPage(), "doors-nobody", "wrong");
			assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(
					"/login?error"));
		}

		// when
		HttpResponse<String> limited = pacer.signIn(pacer.loginPage(), "doors-nobody", "wrong");

		// then
		assertThat(limited.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(
				"/login?limited=15"));
		assertThat(pacer.get("/login?limited=15").body())
				.contains("Too many failed sign-ins from your address. Try again in 15 minute(s).");
	}

	@Test
	void aPasswordTooWeakForThePolicyIsRefusedAndNoUserIsMade() {
		String body = """
				{"profile": {"id": "doors-weak", "firstName": "Weak", "lastName": "Password"},
				 "credentials": {"password": "x"}}
				""";

		HttpResponse<String> create = pacer.send(HttpRequest.newBuilder(pacer.uri("/engine-rest/user/create"))
				.header("Authorization", PacerOverHttp.basic(ADMIN, PASSWORD)).header("Content-Type",
						"application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)));

		assertThat(create.statusCode()).as(create.body()).isEqualTo(400);
		assertThat(create.body()).contains("does not match the password policy", "PASSWORD_POLICY_LENGTH",
				"PASSWORD_POLICY_UPPERCASE");
		assertThat(pacer.app.getBean(IdentityService.class).createUserQuery().userId("doors-weak").count()).isZero();
	}

	@Test
	void theErrorPageAskedForByNameAnswers404() {
		assertThat(pacer.get("/error").statusCode()).isEqualTo(404);
		assertThat(pacer.get("/error", "Accept", "application/json").statusCode()).isEqualTo(404);
		assertThat(pacer.get("/error", "Cookie", pacer.signedIn(STAFF, PASSWORD)).statusCode()).isEqualTo(404);
	}

	@Test
	void pathsTheFirewallRefusesAnswer400AndLetNobodyIn() {
		for (String path : List.of("//engine-rest/task", "/%65ngine-rest/task", "/engine-rest;x=y/task",
				"/%63amunda/api/admin/auth/user/default")) {
			HttpResponse<String> anonymous = pacer.get(path, "Accept", "application/json");
			assertThat(anonymous.statusCode()).as(path).isEqualTo(400);
			assertThat(anonymous.body()).as(path).contains("\"status\":400").doesNotContain("[{");
			assertThat(pacer.get(path, "Authorization", PacerOverHttp.basic(VENDOR, PASSWORD)).statusCode()).as(path)
					.isEqualTo(400);
		}
	}

	@Test
	void forwardedHeadersFromAClientAreNotTrusted() {
		// given: an anonymous request that claims another host, then a sign-in on its session
		HttpResponse<String> page = pacer.get("/relationships", "X-Forwarded-Host", "evil.example",
				"X-Forwarded-Proto", "https", "X-Forwarded-For", "10.9.9.9");
		Session session = pacer.loginPage(PacerOverHttp.cookie(page, "SESSION"));

		// when
		HttpResponse<String> signIn = pacer.signIn(session, STAFF, PASSWORD);

		// then: back to the page asked for, on the host the client really used
		assertThat(signIn.headers().firstValue("Location")).hasValue(
				"http://localhost:" + pacer.port() + "/relationships?continue");
		assertThat(signIn.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("Secure"));
	}

	@Test
	void twentyRequestsAtOnceRightAfterSignInAllSucceed() throws Exception {
		for (int round = 0; round < 3; round++) {
			assertThat(pacer.twentyAtOnceRightAfterSignIn(STAFF, PASSWORD)).as("round " + round).containsOnly(200);
		}
	}

	@Test
	void everyPageCarriesTheSecurityHeadersAndTheSessionCookieIsHttpOnlyAndLax() {
		HttpResponse<String> login = pacer.get("/login");

		String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("script-src 'self' 'nonce-", "frame-ancestors 'self'", "object-src 'none'")
				.doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
		assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
				.singleElement().satisfies(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax")
						.doesNotContain("Secure"));
		// a nonce per response
		assertThat(pacer.get("/login").headers().firstValue("Content-Security-Policy")).isNotEqualTo(csp);
		// the webapps keep Camunda's own policy, which their scripts are written for
		HttpResponse<String> tasklist = pacer.get("/camunda/app/tasklist/default/", "Cookie", pacer.signedIn(STAFF, PASSWORD));
		assertThat(tasklist.statusCode()).isEqualTo(200);
		assertThat(tasklist.headers().allValues("Content-Security-Policy")).singleElement()
				.satisfies(policy -> assertThat(policy).isNotEqualTo(csp));
		assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}
}
