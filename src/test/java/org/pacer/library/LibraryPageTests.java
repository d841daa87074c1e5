package org.pacer.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.Pages;
import org.pacer.ProcessTest;
import org.pacer.catalogue.PersistentNeedRepository;
import org.pacer.identity.Roles;
import org.pacer.relationship.Relationship;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The /library pages: a process owner adds a set and a template and changes the template (its next version); bad
 * input comes back with 400, the message next to the field and the values kept; a manager reads but may not change;
 * provider people do not see the library.
 */
@ProcessTest
@AutoConfigureMockMvc
class LibraryPageTests {

	private static final String OWNER = "library-owner";

	private static final String MANAGER = CycleFixtures.MANAGER;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private MeasureLibrary library;

	@Autowired
	private PersistentNeedRepository needs;

	private Pages pages;

	private String setName;

	@BeforeEach
	void setUp() {
		pages = new Pages(mvc, fixtures);
		fixtures.ensureUser(OWNER, Roles.PROCESS_OWNERS);
		fixtures.ensureUser(MANAGER, Roles.MANAGERS);
		setName = "Cloud platform " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aProcessOwnerAddsASetAndATemplateThenChangesTheTemplate() throws Exception {
		// when a set and a template are added
		mvc.perform(pages.as(post("/library/sets").param("name", setName).param("description", "Platform as a service"),
				OWNER)).andExpect(status().isFound());
		SetView set = setNamed(setName);
		mvc.perform(pages.as(template(post("/library/sets/" + set.id() + "/templates"), "Platform availability", "99.95",
				"99.9", "2"), OWNER)).andExpect(status().isFound());
		TemplateView added = library.set(set.id()).templates().get(0);

		// and the template is changed
		assertThat(pages.page(get("/library/templates/" + added.id()), OWNER, 200)).contains("value=\"Platform availability\"",
				"makes version 2");
		mvc.perform(pages.as(template(post("/library/templates/" + added.id()), "Platform availability", "99.99", "99.9",
				"3"), OWNER)).andExpect(status().isFound());

		// then the list shows version 2, and version 1 stays in the history
		String list = pages.page(get("/library"), OWNER, 200);
		assertThat(list).contains(setName, "Platform as a service", "id=\"edit-template-" + added.id() + "\"", "99.99");
		assertThat(library.template(added.id()).version()).isEqualTo(2);
		assertThat(pages.page(get("/library/templates/" + added.id()), OWNER, 200)).contains("data-version=\"2\"",
				"data-version=\"1\"");
	}

	@Test
	void badInputIsAnsweredNextToEachFieldWithTheValuesKept() throws Exception {
		// given a set with a template
		SetView set = library.createSet(new SetDraft(setName, null), OWNER);
		mvc.perform(pages.as(template(post("/library/sets/" + set.id() + "/templates"), "Availability", "99.9", "99.5", "1"),
				OWNER)).andExpect(status().isFound());

		// when
		String duplicate = pages.page(template(post("/library/sets/" + set.id() + "/templates"), "AVAILABILITY", "lots",
				"99.5", "0"), OWNER, 400);
		String wrongSide = pages.page(post("/library/sets/" + set.id() + "/templates")
				.param("needId", needs.findByCode("SERVICE_AVAILABILITY").orElseThrow().getId().toString())
				.param("name", "Uptime").param("unit", "%").param("direction", "HIGHER_IS_BETTER").param("target", "95")
				.param("threshold", "99").param("weight", "1").param("reportedBy", "NOBODY"), OWNER, 400);
		String sameSet = pages.page(post("/library/sets").param("name", setName.toLowerCase()), OWNER, 400);

		// then
		assertThat(duplicate).contains("This set already has a template named 'AVAILABILITY'", "'lots' is not a number",
				"The weight must be more than 0", "value=\"lots\"", "data-field=\"name\"", "data-field=\"target\"");
		assertThat(wrongSide).contains("When higher is better, the amber line must not be above the target",
				"Say who reports the results", "value=\"Uptime\"");
		assertThat(sameSet).contains("There is already a set named '" + setName.toLowerCase() + "'");
		assertThat(library.set(set.id()).templates()).singleElement()
				.satisfies(t -> assertThat(t.name()).isEqualTo("Availability"));
	}

	@Test
	void aManagerReadsTheLibraryButMayNotChangeItAndProviderPeopleDoNotSeeIt() throws Exception {
		// given
		SetView set = library.createSet(new SetDraft(setName, null), OWNER);
		Relationship relationship = fixtures.relationship(fixtures.firstOfMonthsAgo(1));
		String vendor = fixtures.providerUser(relationship);

		// when / then
		String list = pages.page(get("/library"), MANAGER, 200);
		assertThat(list).contains("Managed hosting", "Service desk", setName).doesNotContain("id=\"new-set\"",
				"id=\"edit-set-");
		pages.page(get("/library/sets/new"), MANAGER, 403);
		pages.page(template(post("/library/sets/" + set.id() + "/templates"), "Availability", "99.9", "99.5", "1"), MANAGER,
				403);
		pages.page(post("/library/sets").param("name", "Manager's set"), MANAGER, 403);
		pages.page(get("/library"), vendor, 403);
		assertThat(library.set(set.id()).templates()).isEmpty();
	}

	private SetView setNamed(String name) {
		return library.sets().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
	}

	private MockHttpServletRequestBuilder template(MockHttpServletRequestBuilder request, String name, String target,
			String threshold, String weight) {
		return request.param("needId", needs.findByCode("SERVICE_AVAILABILITY").orElseThrow().getId().toString())
				.param("name", name).param("definition", "Minutes up in service hours").param("unit", "%")
				.param("direction", "HIGHER_IS_BETTER").param("target", target).param("threshold", threshold)
				.param("weight", weight).param("reportedBy", "INTEGRATION");
	}
}
