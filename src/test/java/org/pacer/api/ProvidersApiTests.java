package org.pacer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacer.api.ApiCalls.basic;
import static org.pacer.api.ApiCalls.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.identity.Roles;
import org.pacer.relationship.ProviderRepository;
import org.pacer.relationship.Relationship;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Providers over /api/v1 with the pages' rules, and Idempotency-Key on a create: a retried create adds nothing twice,
 * a key sent with another request is refused, a malformed key is named.
 */
class ProvidersApiTests extends ApiTest {

	@Autowired
	private ProviderRepository providers;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private IdempotencyKeys keys;

	private String admin;

	private String name;

	@BeforeEach
	void anAdministrator() {
		admin = "api-admin-" + UUID.randomUUID().toString().substring(0, 6);
		fixtures.ensureUser(admin, Roles.ADMINS);
		name = "Api Provider " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void anAdministratorAddsChangesAndArchivesAProvider() throws Exception {
		String location = mvc.perform(basic(create(name), admin)).andExpect(status().isCreated())
				.andExpect(jsonPath("$.name").value(name)).andExpect(jsonPath("$.kind").value("VENDOR"))
				.andReturn().getResponse().getHeader("Location");
		long id = providers.findByName(name).orElseThrow().getId();
		assertThat(location).endsWith("/api/v1/providers/" + id);

		mvc.perform(basic(put("/api/v1/providers/" + id).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"kind\":\"INTERNAL_TEAM\",\"contact\":\"desk@example.com\"}"), admin))
				.andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("INTERNAL_TEAM"))
				.andExpect(jsonPath("$.contact").value("desk@example.com"));
		mvc.perform(basic(post("/api/v1/providers/" + id + "/archive"), admin)).andExpect(status().isOk())
				.andExpect(jsonPath("$.archived").value(true));
		mvc.perform(basic(get("/api/v1/providers/" + id), CycleFixtures.MANAGER)).andExpect(status().isOk())
				.andExpect(jsonPath("$.archived").value(true));
	}

	@Test
	void badInputIsNamedAndOnlyAdministratorsChangeProviders() throws Exception {
		mvc.perform(basic(create(name), admin)).andExpect(status().isCreated());
		mvc.perform(basic(create(name.toUpperCase()), admin)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(basic(post("/api/v1/providers").contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"VENDOR\"}"),
				admin)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
		fixtures.ensureUser(CycleFixtures.MANAGER, Roles.MANAGERS);
		mvc.perform(basic(create(name + " 2"), CycleFixtures.MANAGER)).andExpect(status().isForbidden());
		assertThat(providers.findByNameIgnoreCase(name + " 2")).isEmpty();
	}

	@Test
	void aProvidersTokenSeesItsOwnProviderOnly() throws Exception {
		Relationship mine = made(fixtures.relationship(period));
		Relationship theirs = made(fixtures.relationship(period));
		String token = ApiCalls.tokenFor(tokens, mine);

		mvc.perform(bearer(get("/api/v1/providers?size=200"), token)).andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(mine.getProvider().getId()));
		mvc.perform(bearer(get("/api/v1/providers/" + theirs.getProvider().getId()), token)).andExpect(status().isNotFound());
		mvc.perform(bearer(create(name), token)).andExpect(status().isForbidden());
	}

	@Test
	void aRetriedCreateWithItsKeyAddsNothingTwice() throws Exception {
		String key = UUID.randomUUID().toString();
		String first = mvc.perform(basic(create(name).header("Idempotency-Key", key), admin))
				.andExpect(status().isCreated()).andExpect(header().doesNotExist("Idempotent-Replayed"))
				.andReturn().getResponse().getContentAsString();

		String again = mvc.perform(basic(create(name).header("Idempotency-Key", key), admin))
				.andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "true"))
				.andExpect(header().exists("Location")).andReturn().getResponse().getContentAsString();

		assertThat(again).isEqualTo(first);
		assertThat(providers.findAll().stream().filter(p -> p.getName().equalsIgnoreCase(name))).hasSize(1);
		// without the key the same call is a second create, refused as a duplicate name
		mvc.perform(basic(create(name), admin)).andExpect(status().isBadRequest());
	}

	@Test
	void aKeyWithAnotherRequestOrMalformedIsRefused() throws Exception {
		String key = UUID.randomUUID().toString();
		mvc.perform(basic(create(name).header("Idempotency-Key", key), admin)).andExpect(status().isCreated());

		mvc.perform(basic(create(name + " other").header("Idempotency-Key", key), admin))
				.andExpect(status().isUnprocessableEntity());
		mvc.perform(basic(create(name + " spaced").header("Idempotency-Key", "has a space"), admin))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
		mvc.perform(basic(create(name + " long").header("Idempotency-Key", "k".repeat(256)), admin))
				.andExpect(status().isBadRequest());
		assertThat(providers.findByNameIgnoreCase(name + " other")).isEmpty();
		assertThat(providers.findByNameIgnoreCase(name + " spaced")).isEmpty();

		// another caller's key of the same text is theirs
		String other = "api-admin-" + UUID.randomUUID().toString().substring(0, 6);
		fixtures.ensureUser(other, Roles.ADMINS);
		mvc.perform(basic(create(name + " other").header("Idempotency-Key", key), other)).andExpect(status().isCreated());
	}

	@Test
	void aKeyWhoseFirstRequestStillRunsAnswersConflict() {
		assertThat(keys.claim("user:claims", "k-1", "f")).isInstanceOf(IdempotencyKeys.Claimed.class);
		assertThat(keys.claim("user:claims", "k-1", "f")).isInstanceOf(IdempotencyKeys.InProgress.class);
		keys.release("user:claims", "k-1");
		assertThat(keys.claim("user:claims", "k-1", "f")).isInstanceOf(IdempotencyKeys.Claimed.class);
		keys.release("user:claims", "k-1");
	}

	private static MockHttpServletRequestBuilder create(String name) {
		return post("/api/v1/providers").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"kind\":\"VENDOR\",\"contact\":\"ops@example.com\"}");
	}
}
