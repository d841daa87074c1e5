package org.pacer.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pacer.identity.PacerOverHttp.Session;

/**
 * Pacer in production shape: the postgres profile on a real PostgreSQL (sessions in it), with this test's client as
 * the configured proxy (PACER_TRUSTED_PROXIES), as nginx is in docker/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BehindAProxyOnPostgresTests {

	private static final String STAFF = "proxy-staff";

	private static final String PASSWORD = "Strong-Pass-1";

	private PacerOverHttp pacer;

	@BeforeAll
	void start() {
		pacer = PacerOverHttp.onPostgres(Map.of("PACER_TRUSTED_PROXIES", "127\\.0\\.0\\.1"));
		pacer.user(STAFF, PASSWORD, Roles.MANAGERS);
	}

	@AfterAll
	void stop() {
		if (pacer != null) {
			pacer.close();
		}
	}

	@Test
	void twentyRequestsAtOnceRightAfterSignInAllSucceed() throws Exception {
		for (int round = 0; round < 3; round++) {
			assertThat(pacer.twentyAtOnceRightAfterSignIn(STAFF, PASSWORD)).as("round " + round).containsOnly(200);
		}
	}

	@Test
	void theTrustedProxyNamesTheHostTheSchemeAndTheClientAddress() {
		// given: the proxy says the browser used https://pacer.example
		String[] proxy = { "X-Forwarded-Host", "pacer.example", "X-Forwarded-Proto", "https", "X-Forwarded-For",
				"203.0.113.7" };
		HttpResponse<String> page = pacer.get("/relationships", proxy);
		Session session = pacer.loginPage(PacerOverHttp.cookie(page, "SESSION"));

		// when
		HttpResponse<String> signIn = pacer.signIn(session, STAFF, PASSWORD, proxy);

		// then: the redirect and the cookie follow the browser's view
		assertThat(signIn.headers().firstValue("Location")).hasValue("https://pacer.example/relationships?continue");
		assertThat(signIn.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
				.singleElement().satisfies(c -> assertThat(c).contains("Secure", "HttpOnly", "SameSite=Lax"));
	}

	@Test
	void failedSignInsCountForTheClientTheProxyNames() {
		String user = "proxy-forgetful";
		pacer.user(user, PASSWORD);
		for (int i = 0; i < 5; i++) {
			assertThat(pacer.get("/api/v1/relationships", "X-Forwarded-For", "203.0.113.8", "Authorization",
					PacerOverHttp.basic(user, "wrong")).statusCode()).isEqualTo(401);
		}

		assertThat(pacer.get("/api/v1/relationships", "X-Forwarded-For", "203.0.113.8", "Authorization",
				PacerOverHttp.basic(user, PASSWORD)).statusCode()).isEqualTo(429);
		assertThat(pacer.get("/api/v1/relationships", "X-Forwarded-For", "203.0.113.9", "Authorization",
				PacerOverHttp.basic(user, PASSWORD)).statusCode()).as("another client").isEqualTo(200);
	}
}
