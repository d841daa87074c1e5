package org.pacer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.pacer.api.ApiCalls.basic;
import static org.pacer.api.ApiCalls.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.common.Secrets;
import org.pacer.improvement.ImprovementPlan;
import org.pacer.improvement.ImprovementService;
import org.pacer.relationship.Relationship;
import org.pacer.review.PerformanceReview;
import org.pacer.scorecard.ScorecardService;
import org.pacer.sourcing.SourcingDecision;
import org.pacer.sourcing.SourcingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Who gets in and what they see: tokens (valid, wrong, revoked, expired), portal logins by HTTP Basic, and the
 * isolation of two providers on every endpoint; 401, 403 and 429 as problem details.
 */
class ApiAccessTests extends ApiTest {

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private ApiTokenRepository tokenRows;

	@Autowired
	private RateLimiter limiter;

	@Autowired
	private ScorecardService scorecards;

	@Autowired
	private ImprovementService improvements;

	@Autowired
	private SourcingService sourcing;

	@Test
	void withoutSignInTheApiAnswers401AsProblemDetails() throws Exception {
		mvc.perform(get("/api/v1/relationships"))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer, Basic realm=\"Pacer\""))
				.andExpect(jsonPath("$.status").value(401))
				.andExpect(jsonPath("$.detail").value(startsWith("Sign in: send an API token")));
		mvc.perform(bearer(get("/api/v1/relationships"), "pacer_not-a-token"))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail").value(startsWith("The API token is unknown, expired or revoked")));
		// a user of its own: after a wrong password Camunda's login throttling briefly refuses even the right one
		String user = "api-wrong-password";
		fixtures.ensureUser(user, org.pacer.identity.Roles.MANAGERS);
		mvc.perform(get("/api/v1/relationships").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
						.httpBasic(user, "wrong password")))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aTokenIsStoredHashedAndItsUseIsRecorded() throws Exception {
		// given
		Relationship relationship = relationship();
		ApiTokens.Issued issued = tokens.create(ApiCalls.ADMIN, relationship.getProvider().getId(), "Monitoring", 7);

		// when
		mvc.perform(bearer(get("/api/v1/relationships/" + relationship.getId()), issued.secret()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.name").value(relationship.getName()));

		// then
		ApiToken stored = tokenRows.findById(issued.token().getId()).orElseThrow();
		assertThat(issued.secret()).startsWith("pacer_").hasSizeGreaterThan(40);
		assertThat(tokenRows.findBySecretHash(issued.secret())).isEmpty();
		assertThat(tokenRows.findBySecretHash(Secrets.sha256(issued.secret()))).isPresent();
		assertThat(stored.getLastUsedAt()).isNotNull();
		assertThat(stored.getExpiresAt()).isAfter(stored.getCreatedAt().plusSeconds(6 * 86400));
	}

	@Test
	void aRevokedOrExpiredTokenIsRefused() throws Exception {
		// given
		Relationship relationship = relationship();
		ApiTokens.Issued revoked = tokens.create(ApiCalls.ADMIN, relationship.getProvider().getId(), "Old system", 7);
		ApiTokens.Issued expiring = tokens.create(ApiCalls.ADMIN, relationship.getProvider().getId(), "Short", 1);
		tokens.revoke(ApiCalls.ADMIN, revoked.token().getId());
		String url = "/api/v1/relationships/" + relationship.getId();

		// then
		mvc.perform(bearer(get(url), revoked.secret())).andExpect(status().isUnauthorized());
		mvc.perform(bearer(get(url), expiring.secret())).andExpect(status().isOk());
		clock.travelTo(clock.today().plusDays(2).atTime(9, 0));
		mvc.perform(bearer(get(url), expiring.secret())).andExpect(status().isUnauthorized());
	}

	@Test
	void peopleUseTheApiWithTheirPortalLogin() throws Exception {
		// given
		Relationship a = relationship();
		Relationship b = relationship();

		// then: the manager sees both, the provider's person only its own
		mvc.perform(basic(get("/api/v1/relationships"), CycleFixtures.MANAGER).param("size", "200"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[?(@.id == " + a.getId() + ")]").exists())
				.andExpect(jsonPath("$.items[?(@.id == " + b.getId() + ")]").exists());
		mvc.perform(basic(get("/api/v1/relationships"), fixtures.providerUser(a)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.items[0].id").value(a.getId()));
		mvc.perform(basic(get("/api/v1/relationships/" + b.getId()), fixtures.providerUser(a)))
				.andExpect(status().isNotFound());
	}

	@Test
	void aProvidersTokenSeesNothingOfAnotherProvider() throws Exception {
		// given: two providers, each with a reviewed period, an improvement plan and a sourcing decision
		Relationship mine = relationship();
		Relationship theirs = relationship();
		String token = ApiCalls.tokenFor(tokens, mine);
		for (Relationship r : List.of(mine, theirs)) {
			PerformanceReview review = fixtures.publishedReview(r, period, 80);
			improvements.open(review.getId(), r.getId());
			SourcingDecision decision = sourcing.prepare(r.getId());
			sourcing.decide(decision.getId(), new SourcingService.Choice(
					org.pacer.sourcing.SourcingOption.CONTINUE, "Keep going", null, null, null), CycleFixtures.MANAGER);
		}
		PerformanceReview theirReview = fixtures.publishedReview(theirs, period.plusMonths(1), 99);
		long theirScorecard = scorecards.forReview(theirReview.getId()).orElseThrow().getId();
		ImprovementPlan theirPlan = improvements.plansOf(theirs.getId()).get(0);
		SourcingDecision theirDecision = sourcing.decisionsOf(theirs.getId()).get(0);

		// then: every one of their ids is not found
		for (String url : List.of("/api/v1/relationships/" + theirs.getId(),
				"/api/v1/relationships/" + theirs.getId() + "/measures",
				"/api/v1/relationships/" + theirs.getId() + "/results",
				"/api/v1/relationships/" + theirs.getId() + "/results.csv",
				"/api/v1/relationships/" + theirs.getId() + "/scorecards.csv",
				"/api/v1/scorecards/" + theirScorecard, "/api/v1/reviews/" + theirReview.getId(),
				"/api/v1/reviews/" + theirReview.getId() + "/report.pdf",
				"/api/v1/improvement-plans/" + theirPlan.getId(),
				"/api/v1/sourcing-decisions/" + theirDecision.getId())) {
			mvc.perform(bearer(get(url), token))
					.andExpect(status().isNotFound())
					.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		// and every list holds only their own
		for (String list : List.of("/api/v1/relationships", "/api/v1/scorecards", "/api/v1/reviews",
				"/api/v1/improvement-plans", "/api/v1/sourcing-decisions")) {
			mvc.perform(bearer(get(list), token))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.total").value(1));
		}
		mvc.perform(bearer(get("/api/v1/scorecards"), token).param("provider", theirs.getProvider().getId().toString()))
				.andExpect(jsonPath("$.total").value(0));
		mvc.perform(bearer(get("/api/v1/sourcing-decisions"), token))
				.andExpect(jsonPath("$.items[*].rationale", everyItem(is((Object) null))))
				.andExpect(jsonPath("$.items[0].decision").value("CONTINUE"));
	}

	@Test
	void aCallerBeyondTheRateLimitIsAskedToWait() throws Exception {
		// given: a person who has used up their burst
		String user = "api-rate-" + System.nanoTime();
		fixtures.ensureUser(user, org.pacer.identity.Roles.MANAGERS);
		while (limiter.take("user:" + user) == 0) {
			// drain the bucket
		}

		// then
		mvc.perform(basic(get("/api/v1/relationships"), user))
				.andExpect(status().isTooManyRequests())
				.andExpect(header().exists(HttpHeaders.RETRY_AFTER))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(startsWith("Too many requests")));
		mvc.perform(basic(get("/api/v1/relationships"), CycleFixtures.MANAGER)).andExpect(status().isOk());
	}

	@Test
	void anUnknownOperationIsAProblemNotAPage() throws Exception {
		mvc.perform(basic(get("/api/v1/nothing-here"), CycleFixtures.MANAGER))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(startsWith("Operation GET /api/v1/nothing-here")));
		// a path the API serves, with a method it does not take
		mvc.perform(basic(post("/api/v1/scorecards"), CycleFixtures.MANAGER))
				.andExpect(status().isMethodNotAllowed())
				.andExpect(header().string(HttpHeaders.ALLOW, "GET"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private Relationship relationship() {
		Relationship relationship = fixtures.measuredRelationship(period, 1, 1, 0);
		made(relationship);
		return relationship;
	}
}
