package org.pacer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacer.api.ApiCalls.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.identity.Roles;
import org.pacer.people.ProviderLeads;
import org.pacer.relationship.Relationship;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The portal page for API tokens: an admin or the provider's lead makes a token, sees its secret once, and revokes
 * it; a lead sees and manages only their own provider's tokens; anyone else is not allowed.
 */
class ApiTokensPageTests extends ApiTest {

	private static final String ADMIN = "api-page-admin";

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private ProviderLeads leads;

	@Autowired
	private ApiTokenRepository tokenRows;

	private Relationship relationship;

	private String lead;

	@BeforeEach
	void setUp() {
		fixtures.ensureUser(ADMIN, Roles.ADMINS);
		relationship = made(fixtures.relationship(period));
		lead = fixtures.providerUser(relationship);
		leads.appoint(relationship.getProvider().getId(), lead);
	}

	@Test
	void theLeadMakesATokenSeesItOnceAndItWorks() throws Exception {
		// when
		String made = page(post("/api-tokens").param("providerId", relationship.getProvider().getId().toString())
				.param("name", "Acme monitoring").param("days", "30"), lead, 200);

		// then: the secret is on this answer, works on the API, and is never shown again
		Matcher secret = Pattern.compile("id=\"secret\">(pacer_[A-Za-z0-9_-]+)<").matcher(made);
		assertThat(secret.find()).isTrue();
		mvc.perform(bearer(get("/api/v1/relationships/" + relationship.getId()), secret.group(1)))
				.andExpect(status().isOk());
		String list = page(get("/api-tokens"), lead, 200);
		assertThat(list).contains("Acme monitoring", relationship.getProvider().getName(), "active",
				secret.group(1).substring(0, 10) + "…").doesNotContain(secret.group(1), "id=\"secret\"");
		assertThat(list).doesNotContain("never").as("last used is shown after the call");
	}

	@Test
	void aRevokedTokenIsRefusedFromThenOn() throws Exception {
		// given
		ApiTokens.Issued issued = tokens.create(ApiCalls.ADMIN, relationship.getProvider().getId(), "Old", 10);

		// when
		mvc.perform(asUser(post("/api-tokens/" + issued.token().getId() + "/revoke"), lead))
				.andExpect(status().isFound()).andExpect(header().string("Location", "/api-tokens"));

		// then
		assertThat(tokenRows.findById(issued.token().getId()).orElseThrow().getRevokedBy()).isEqualTo(lead);
		mvc.perform(bearer(get("/api/v1/relationships"), issued.secret())).andExpect(status().isUnauthorized());
		assertThat(page(get("/api-tokens"), lead, 200)).contains("revoked by " + lead);
	}

	@Test
	void aLeadManagesOnlyTheirOwnProvidersTokens() throws Exception {
		// given: another provider's token
		Relationship other = fixtures.relationship(clock.today());
		made(other);
		ApiTokens.Issued theirs = tokens.create(ApiCalls.ADMIN, other.getProvider().getId(), "Their system", 10);

		// then
		assertThat(page(get("/api-tokens"), lead, 200)).doesNotContain("Their system", other.getProvider().getName());
		assertThat(page(post("/api-tokens/" + theirs.token().getId() + "/revoke"), lead, 404)).contains("<html");
		String refused = page(post("/api-tokens").param("providerId", other.getProvider().getId().toString())
				.param("name", "Sneaky"), lead, 400);
		assertThat(refused).contains("Choose a provider you manage tokens for");
		assertThat(tokenRows.findById(theirs.token().getId()).orElseThrow().getRevokedAt()).isNull();
		assertThat(page(get("/api-tokens"), ADMIN, 200)).contains("Their system", "Acme", "");
	}

	@Test
	void badInputIsRefusedNextToItsField() throws Exception {
		String html = page(post("/api-tokens").param("providerId", relationship.getProvider().getId().toString())
				.param("name", " ").param("days", "5000"), lead, 400);
		assertThat(html).contains("Name the system that will use the token", "A token is valid for 1 to 365 days");
		assertThat(page(post("/api-tokens").param("providerId", "x").param("name", "n").param("days", "many"), lead,
				400)).contains("Choose a provider");
	}

	@Test
	void peopleWhoAreNeitherAdminNorLeadMayNotManageTokens() throws Exception {
		String member = "api-page-member-" + System.nanoTime();
		fixtures.ensureUser(member, relationship.getProvider().getCandidateGroup());
		assertThat(page(get("/api-tokens"), member, 403)).as("the portal's error page, not problem JSON")
				.contains("<html").doesNotContain("\"status\":403");
		page(get("/api-tokens"), CycleFixtures.MANAGER, 403);
		assertThat(page(get("/tasks"), member, 200)).doesNotContain("nav-api-tokens");
		assertThat(page(get("/tasks"), lead, 200)).contains("id=\"nav-api-tokens\"");
	}

	private MockHttpServletRequestBuilder asUser(MockHttpServletRequestBuilder request, String user) {
		return request.with(authentication(fixtures.signedIn(user))).with(csrf());
	}

	private String page(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
		return HtmlUtils.htmlUnescape(mvc.perform(asUser(request, user)).andExpect(status().is(status)).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}
}
