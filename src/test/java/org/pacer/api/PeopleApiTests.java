package org.pacer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.pacer.api.ApiCalls.basic;
import static org.pacer.api.ApiCalls.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.identity.Roles;
import org.pacer.people.ProviderLeads;
import org.pacer.relationship.Relationship;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * GET and POST /api/v1/people: an administrator sees staff and every provider, a provider's token and its lead only
 * that provider's people, and may invite only there; bad input answers 400 naming the field; others get 403.
 */
class PeopleApiTests extends ApiTest {

	private static final String ADMIN = "people-api-admin";

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private ProviderLeads leads;

	@Autowired
	private JdbcTemplate jdbc;

	private Relationship mine;

	private Relationship theirs;

	private String suffix;

	@BeforeEach
	void setUp() {
		fixtures.ensureUser(ADMIN, Roles.ADMINS);
		mine = made(fixtures.relationship(period));
		theirs = made(fixtures.relationship(period));
		suffix = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aProvidersTokenSeesAndInvitesOnlyItsOwnProvidersPeople() throws Exception {
		// given
		String token = ApiCalls.tokenFor(tokens, mine);
		String group = mine.getProvider().getCandidateGroup();

		// when / then: its list holds its own provider's group only
		mvc.perform(bearer(get("/api/v1/people").param("size", "200"), token)).andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].group", everyItem(is(group))))
				.andExpect(jsonPath("$.items[*].userId", hasItem(fixtures.providerUser(mine))));
		// an invitation there is made, and with mail off carries its link once
		String location = mvc.perform(bearer(invite("Ana Api", "ana." + suffix + "@vendor.example", group), token))
				.andExpect(status().isCreated())
				.andExpect(header().string("Location", "http://localhost/api/v1/people/ana." + suffix))
				.andExpect(jsonPath("$.userId", is("ana." + suffix)))
				.andExpect(jsonPath("$.mailed", is(false)))
				.andExpect(jsonPath("$.link", startsWith("http://localhost/invitations/"))).andReturn().getResponse()
				.getHeader("Location");
		// the Location reads the person, invited; another provider's token does not find them
		mvc.perform(bearer(get(location), token)).andExpect(status().isOk())
				.andExpect(jsonPath("$[0].state", is("INVITED"))).andExpect(jsonPath("$[0].group", is(group)));
		mvc.perform(bearer(get(location), ApiCalls.tokenFor(tokens, theirs))).andExpect(status().isNotFound());
		// another provider's group is refused on its field
		mvc.perform(bearer(invite("Bo Api", "bo." + suffix + "@vendor.example",
				theirs.getProvider().getCandidateGroup()), token)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field", is("group")));
		mvc.perform(bearer(get("/api/v1/people").param("size", "200"), token))
				.andExpect(jsonPath("$.items[?(@.userId == 'ana." + suffix + "')].state", hasItem("INVITED")));
	}

	@Test
	void aRetriedInvitationWithItsKeyInvitesOnceAndDoesNotKeepTheLink() throws Exception {
		String token = ApiCalls.tokenFor(tokens, mine);
		String group = mine.getProvider().getCandidateGroup();
		String key = UUID.randomUUID().toString();
		String email = "cy." + suffix + "@vendor.example";

		mvc.perform(bearer(invite("Cy Api", email, group), token).header("Idempotency-Key", key))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.link", startsWith("http://localhost/invitations/")));
		mvc.perform(bearer(invite("Cy Api", email, group), token).header("Idempotency-Key", key))
				.andExpect(status().isConflict()).andExpect(header().string("Location", endsWith("/people/cy." + suffix))).andExpect(header().string("Idempotent-Replayed", "true"))
				.andExpect(jsonPath("$.detail", containsString("shown once")));

		assertThat(jdbc.queryForObject("select count(*) from api_idempotency where idem_key = ? and body is null",
				Integer.class, key)).isEqualTo(1);
		mvc.perform(bearer(get("/api/v1/people").param("size", "200"), token))
				.andExpect(jsonPath("$.items[?(@.userId == 'cy." + suffix + "')]", hasSize(1)));
	}

	@Test
	void anAdministratorSeesEveryoneALeadTheirProviderAndOthersAreRefused() throws Exception {
		// given
		String lead = fixtures.providerUser(mine);
		leads.appoint(mine.getProvider().getId(), lead);

		// when / then
		mvc.perform(basic(get("/api/v1/people").param("size", "200"), ADMIN)).andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].group", hasItem(Roles.MANAGERS)))
				.andExpect(jsonPath("$.items[*].group", hasItem(theirs.getProvider().getCandidateGroup())));
		mvc.perform(basic(get("/api/v1/people").param("size", "200"), lead)).andExpect(status().isOk())
				.andExpect(jsonPath("$.items[*].group", everyItem(is(mine.getProvider().getCandidateGroup()))))
				.andExpect(jsonPath("$.items[?(@.userId == '" + lead + "')].lead", hasItem(true)));
		mvc.perform(basic(get("/api/v1/people"), fixtures.providerUser(theirs))).andExpect(status().isForbidden())
				.andExpect(jsonPath("$.status", is(403)));
		mvc.perform(basic(invite("Cy Api", "not an address", Roles.ADMINS), lead)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field", hasItem("email")))
				.andExpect(jsonPath("$.errors[*].field", hasItem("group")))
				.andExpect(jsonPath("$.errors[*].field", not(hasItem("name"))));
	}

	private static MockHttpServletRequestBuilder invite(String name,
			String email, String group) {
		return post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"group\":\"" + group + "\"}");
	}
}
