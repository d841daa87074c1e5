package org.pacer.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.Pages;
import org.pacer.ProcessTest;
import org.pacer.identity.Roles;
import org.pacer.process.Processes;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * "New relationship": a manager fills in the form, the relationship exists and its lifecycle waits at "Set expected
 * outcomes" in the manager's inbox; bad input (a user who is not a manager, an archived provider, a start in another
 * era, a date that is not one) is answered next to each field with the values kept and nothing created.
 */
@ProcessTest
@AutoConfigureMockMvc
class NewRelationshipPageTests {

	private static final String MANAGER = CycleFixtures.MANAGER;

	private static final String NOT_A_MANAGER = "new-relationship-outsider";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	private Pages pages;

	@Autowired
	private RelationshipRepository relationships;

	@Autowired
	private RelationshipService relationshipService;

	@Autowired
	private ProviderService providers;

	@Autowired
	private TaskService tasks;

	@Autowired
	private PacerClock clock;

	private Provider provider;

	private String name;

	@BeforeEach
	void setUp() {
		pages = new Pages(mvc, fixtures);
		fixtures.ensureUser(MANAGER, Roles.MANAGERS);
		fixtures.ensureUser(NOT_A_MANAGER, Roles.PROCESS_OWNERS);
		provider = relationshipService.createProvider("New rel provider " + UUID.randomUUID().toString().substring(0, 8),
				ProviderKind.VENDOR);
		name = "Relationship " + UUID.randomUUID().toString().substring(0, 8);
	}

	@AfterEach
	void removeInstances() {
		fixtures.removeInstancesOf(relationships.findAll().stream().filter(r -> r.getName().equals(name))
				.map(Relationship::getId).toList());
	}

	@Test
	void aManagerStartsARelationshipAndFindsSetExpectedOutcomesInTheInbox() throws Exception {
		// given
		assertThat(pages.page(get("/relationships/new"), MANAGER, 200)).contains(provider.getName(),
				"value=\"" + MANAGER + "\" selected");

		// when
		MvcResult saved = mvc.perform(pages.as(post("/relationships").param("name", name)
				.param("providerId", provider.getId().toString()).param("managerId", MANAGER)
				.param("reviewPeriod", "QUARTERLY").param("startDate", clock.today().withDayOfMonth(1).toString()),
				MANAGER)).andExpect(status().isFound()).andReturn();
		String location = saved.getResponse().getRedirectedUrl();

		// then
		Relationship created = relationships.findAll().stream().filter(r -> r.getName().equals(name)).findFirst()
				.orElseThrow();
		assertThat(location).isEqualTo("/relationships/" + created.getId());
		assertThat(created.getReviewPeriod()).isEqualTo(ReviewPeriod.QUARTERLY);
		assertThat(created.getManagerId()).isEqualTo(MANAGER);
		List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(created.getId().toString())
				.processDefinitionKey(Processes.LIFECYCLE).list();
		assertThat(open).singleElement().satisfies(task -> {
			assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_SetExpectedOutcomes");
			assertThat(task.getAssignee()).isEqualTo(MANAGER);
		});
		assertThat(saved.getFlashMap().get("done"))
				.isEqualTo(name + " started: \"Set expected outcomes\" is in " + MANAGER + "'s inbox.");
		assertThat(pages.page(get(location), MANAGER, 200)).contains(name, provider.getName());
	}

	@Test
	void badInputIsAnsweredNextToEachFieldAndNothingIsCreated() throws Exception {
		// given
		Provider archived = relationshipService.createProvider("Archived " + UUID.randomUUID().toString().substring(0, 8),
				ProviderKind.VENDOR);
		providers.archive(archived.getId(), "admin");
		long before = relationships.count();

		// when
		String notAManager = pages.page(post("/relationships").param("name", name)
				.param("providerId", archived.getId().toString()).param("managerId", NOT_A_MANAGER)
				.param("reviewPeriod", "MONTHLY").param("startDate", LocalDate.of(1999, 1, 1).toString()), MANAGER, 400);
		String notADate = pages.page(post("/relationships").param("name", "").param("providerId", "abc")
				.param("managerId", MANAGER).param("reviewPeriod", "WEEKLY").param("startDate", "soon"), MANAGER, 400);

		// then
		assertThat(notAManager).contains(NOT_A_MANAGER + " is not a manager: choose a member of the managers group",
				archived.getName() + " is archived: it gets no new relationships", "Give a start date from",
				"value=\"" + name + "\"").doesNotContain("<option value=\"" + archived.getId() + "\"");
		assertThat(notADate).contains("Give the relationship a name", "Choose a provider",
				"Choose monthly or quarterly reviews", "Give the start date", "value=\"soon\"");
		assertThat(relationships.count()).isEqualTo(before);
	}

	@Test
	void providerPeopleAndProcessOwnersCannotStartRelationships() throws Exception {
		// given
		String vendor = fixtures.providerUser(provider);
		fixtures.ensureUser(vendor, provider.getCandidateGroup());
		long before = relationships.count();

		// when / then
		pages.page(get("/relationships/new"), vendor, 403);
		pages.page(post("/relationships").param("name", name).param("providerId", provider.getId().toString())
				.param("managerId", MANAGER).param("reviewPeriod", "MONTHLY")
				.param("startDate", clock.today().toString()), NOT_A_MANAGER, 403);
		assertThat(relationships.count()).isEqualTo(before);
	}
}
