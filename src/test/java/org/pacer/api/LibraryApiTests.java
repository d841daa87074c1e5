package org.pacer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.pacer.api.ApiCalls.basic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.catalogue.PersistentNeedRepository;
import org.pacer.identity.Roles;
import org.pacer.library.MeasureLibrary;
import org.pacer.library.SetDraft;
import org.pacer.relationship.Relationship;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * /api/v1/library: staff read the sets with their templates; administrators add sets and templates and change a
 * template into its next version; bad bodies answer 400 naming each field; managers and provider people may not
 * change it, and provider people do not read it.
 */
class LibraryApiTests extends ApiTest {

	private static final String ADMIN = "library-api-admin";

	private static final String MANAGER = "library-api-manager";

	@Autowired
	private MeasureLibrary library;

	@Autowired
	private PersistentNeedRepository needs;

	@Autowired
	private ObjectMapper json;

	@Autowired
	private ApiTokens tokens;

	private long availability;

	@BeforeEach
	void users() {
		fixtures.ensureUser(ADMIN, Roles.ADMINS);
		fixtures.ensureUser(MANAGER, Roles.MANAGERS);
		availability = needs.findByCode("SERVICE_AVAILABILITY").orElseThrow().getId();
	}

	@Test
	void staffReadTheSetsWithTheirTemplates() throws Exception {
		mvc.perform(basic(get("/api/v1/library"), MANAGER)).andExpect(status().isOk())
				.andExpect(jsonPath("$[*].name").value(hasItems("Managed hosting", "Service desk")))
				.andExpect(jsonPath("$[?(@.name == 'Service desk')].templates[*].reportedBy").value(hasItems("SURVEY")))
				.andExpect(jsonPath("$[?(@.name == 'Managed hosting')].templates[*].need")
						.value(hasItems("Service availability", "Invoice accuracy")));
	}

	@Test
	void anAdministratorAddsASetAndATemplateAndChangesItIntoItsNextVersion() throws Exception {
		// when
		JsonNode set = body(mvc.perform(basic(post("/api/v1/library/sets"), ADMIN).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + uniqueName() + "\",\"description\":\"Over the API\"}"))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
		JsonNode template = body(mvc.perform(basic(post("/api/v1/library/sets/" + set.get("id").asLong() + "/templates"),
				ADMIN).contentType(MediaType.APPLICATION_JSON).content(templateJson("Availability", "99.9", "99.5", "2")))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(1))
				.andExpect(jsonPath("$.need").value("Service availability")).andReturn().getResponse().getContentAsString());
		long id = template.get("id").asLong();

		// then
		mvc.perform(basic(put("/api/v1/library/templates/" + id), ADMIN).contentType(MediaType.APPLICATION_JSON)
				.content(templateJson("Availability", "99.95", "99.5", "2"))).andExpect(status().isOk())
				.andExpect(jsonPath("$.version").value(2)).andExpect(jsonPath("$.target").value(99.95));
		assertThat(library.version(id, 1)).hasValueSatisfying(v -> assertThat(v.target()).isEqualByComparingTo("99.9"));
		mvc.perform(basic(put("/api/v1/library/sets/" + set.get("id").asLong()), ADMIN)
				.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Managed hosting\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("name"))
				.andExpect(jsonPath("$.errors[0].message").value("There is already a set named 'Managed hosting'"));
	}

	@Test
	void badBodiesAnswer400NamingEachFieldAndNothingIsSaved() throws Exception {
		// given
		long setId = library.createSet(new SetDraft(uniqueName(), null), ADMIN).id();
		String url = "/api/v1/library/sets/" + setId + "/templates";

		// then: the rules of a measure, each field named
		mvc.perform(basic(post(url), ADMIN).contentType(MediaType.APPLICATION_JSON)
				.content("{\"needId\":" + availability + ",\"name\":\" \",\"unit\":\"%\",\"direction\":\"HIGHER_IS_BETTER\","
						+ "\"target\":90,\"threshold\":95,\"weight\":0}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "threshold", "weight",
						"reportedBy")));
		// a value of the wrong type, named by its path
		mvc.perform(basic(post(url), ADMIN).contentType(MediaType.APPLICATION_JSON)
				.content("{\"needId\":" + availability + ",\"direction\":\"SIDEWAYS\"}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("direction"));
		assertThat(library.set(setId).templates()).isEmpty();
	}

	@Test
	void managersAndProviderPeopleMayNotChangeTheLibraryAndProviderPeopleDoNotReadIt() throws Exception {
		// given
		Relationship relationship = made(fixtures.relationship(period));
		String vendor = fixtures.providerUser(relationship);
		long setId = library.createSet(new SetDraft(uniqueName(), null), ADMIN).id();

		// then
		mvc.perform(basic(post("/api/v1/library/sets/" + setId + "/templates"), MANAGER)
				.contentType(MediaType.APPLICATION_JSON).content(templateJson("Availability", "99.9", "99.5", "1")))
				.andExpect(status().isForbidden());
		mvc.perform(basic(post("/api/v1/library/sets"), vendor).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + uniqueName() + "\"}")).andExpect(status().isForbidden());
		mvc.perform(basic(get("/api/v1/library"), vendor)).andExpect(status().isForbidden());
		mvc.perform(ApiCalls.bearer(get("/api/v1/library"), ApiCalls.tokenFor(tokens, relationship)))
				.andExpect(status().isForbidden());
		assertThat(library.set(setId).templates()).isEmpty();
	}

	private String templateJson(String name, String target, String threshold, String weight) {
		return "{\"needId\":" + availability + ",\"name\":\"" + name + "\",\"definition\":\"Minutes up\",\"unit\":\"%\","
				+ "\"direction\":\"HIGHER_IS_BETTER\",\"target\":" + target + ",\"threshold\":" + threshold + ",\"weight\":"
				+ weight + ",\"reportedBy\":\"INTEGRATION\"}";
	}

	private static String uniqueName() {
		return "API set " + UUID.randomUUID().toString().substring(0, 8);
	}

	private JsonNode body(String text) throws Exception {
		return json.readTree(text);
	}
}
