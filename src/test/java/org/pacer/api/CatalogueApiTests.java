package org.pacer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacer.api.ApiCalls.basic;
import static org.pacer.api.ApiCalls.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.catalogue.CatalogueService;
import org.pacer.catalogue.HierarchyLevelRepository;
import org.pacer.catalogue.PersistentNeedRepository;
import org.pacer.identity.Roles;
import org.pacer.relationship.Relationship;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * /api/v1/catalogue: everyone signed in reads it; an administrator adds, changes and retires a need and is refused
 * bad input with each field named; a manager and a provider's token change nothing.
 */
class CatalogueApiTests extends ApiTest {

	private static final String ADMIN = "catalogue-api-admin";

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private HierarchyLevelRepository levels;

	@Autowired
	private PersistentNeedRepository needs;

	@Autowired
	private CatalogueService catalogue;

	private long levelOne;

	@BeforeEach
	void setUp() {
		fixtures.ensureUser(ADMIN, Roles.ADMINS);
		levelOne = levels.findByRank(1).orElseThrow().getId();
	}

	@Test
	void everyoneSignedInReadsTheCatalogue() throws Exception {
		// given
		Relationship relationship = made(fixtures.relationship(period));
		String token = ApiCalls.tokenFor(tokens, relationship);

		// when / then
		mvc.perform(basic(get("/api/v1/catalogue"), CycleFixtures.MANAGER)).andExpect(status().isOk())
				.andExpect(jsonPath("$.levels[0].rank").value(1))
				.andExpect(jsonPath("$.levels[0].name").value("Systems reliability"))
				.andExpect(jsonPath("$.needs[?(@.code == 'SERVICE_AVAILABILITY')].level").value(Matchers.contains(1)))
				.andExpect(jsonPath("$.maturityLevels.length()").value(5));
		mvc.perform(bearer(get("/api/v1/catalogue"), token)).andExpect(status().isOk())
				.andExpect(jsonPath("$.levels.length()").value(5));
	}

	@Test
	void anAdministratorAddsChangesAndRetiresANeed() throws Exception {
		// when
		String added = mvc.perform(json(post("/api/v1/catalogue/needs"), """
				{"name":"Security incidents by API","perspective":"INTERNAL_PROCESS","levelId":%d}""".formatted(levelOne)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.code").value("SECURITY_INCIDENTS_BY_API"))
				.andExpect(jsonPath("$.version").value(1))
				.andReturn().getResponse().getContentAsString();
		long id = needs.findByCode("SECURITY_INCIDENTS_BY_API").orElseThrow().getId();
		mvc.perform(json(put("/api/v1/catalogue/needs/" + id), """
				{"name":"Security incidents (API)","description":"Closed in time.","perspective":"CUSTOMER","levelId":%d}"""
				.formatted(levelOne)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id))
				.andExpect(jsonPath("$.perspective").value("CUSTOMER"));
		mvc.perform(basic(post("/api/v1/catalogue/needs/" + id + "/retire"), ADMIN)).andExpect(status().isOk())
				.andExpect(jsonPath("$.retired").value(true));

		// then
		assertThat(added).contains("Security incidents by API");
		assertThat(needs.findById(id)).hasValueSatisfying(n -> {
			assertThat(n.getName()).isEqualTo("Security incidents (API)");
			assertThat(n.isRetired()).isTrue();
		});
		catalogue.deleteNeed(id, ADMIN);
	}

	@Test
	void badInputIsA400NamingEachFieldAndOnlyAdministratorsChangeTheCatalogue() throws Exception {
		// given
		Relationship relationship = made(fixtures.relationship(period));
		String token = ApiCalls.tokenFor(tokens, relationship);
		long before = levels.count();

		// when / then
		mvc.perform(json(post("/api/v1/catalogue/levels"), """
				{"rank":2,"name":"systems reliability","minMaturity":2}"""))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[?(@.field == 'name')].message")
						.value(Matchers.contains("A level named 'Systems reliability' exists already")))
				.andExpect(jsonPath("$.errors[?(@.field == 'rank')].message")
						.value(Matchers.contains("Cost effectiveness has order 2 already")));
		mvc.perform(json(post("/api/v1/catalogue/levels"), """
				{"rank":"six","name":"Six","minMaturity":2}"""))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rank"));
		mvc.perform(json(put("/api/v1/catalogue/maturity-levels/2"), """
				{"name":" "}""")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("name"));
		mvc.perform(json(put("/api/v1/catalogue/needs/999999"), """
				{"name":"None","perspective":"CUSTOMER","levelId":%d}""".formatted(levelOne)))
				.andExpect(status().isNotFound());
		mvc.perform(basic(post("/api/v1/catalogue/levels"), CycleFixtures.MANAGER)
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"rank":6,"name":"Six","minMaturity":2}""")).andExpect(status().isForbidden());
		mvc.perform(bearer(post("/api/v1/catalogue/levels"), token).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"rank":6,"name":"Six","minMaturity":2}""")).andExpect(status().isForbidden());
		assertThat(levels.count()).isEqualTo(before);
	}

	/** A JSON request of the administrator. */
	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return basic(request, ADMIN).contentType(MediaType.APPLICATION_JSON).content(body);
	}
}
