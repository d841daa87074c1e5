package org.pacer.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.Pages;
import org.pacer.ProcessTest;
import org.pacer.catalogue.PersistentNeedRepository;
import org.pacer.identity.Roles;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.process.Processes;
import org.pacer.relationship.Provider;
import org.pacer.relationship.ProviderKind;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipRepository;
import org.pacer.relationship.RelationshipService;
import org.pacer.relationship.RelationshipStatus;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The library where measures are set up: a new relationship with an expected level and the measures of a library set
 * (or of another relationship) reaches "Define success measures" with those measures in place, and the provider
 * still agrees them; "Define success measures" offers the templates of each need still without a measure, and one
 * click fills the row that adds it.
 */
@ProcessTest
@AutoConfigureMockMvc
class LibraryInSetupTests {

	private static final String MANAGER = CycleFixtures.MANAGER;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private MeasureLibrary library;

	@Autowired
	private MeasureService measures;

	@Autowired
	private RelationshipService relationshipService;

	@Autowired
	private RelationshipRepository relationships;

	@Autowired
	private PersistentNeedRepository needs;

	@Autowired
	private TaskService tasks;

	@Autowired
	private PacerClock clock;

	private Pages pages;

	private Provider provider;

	private final List<String> names = new ArrayList<>();

	@BeforeEach
	void setUp() {
		pages = new Pages(mvc, fixtures);
		fixtures.ensureUser(MANAGER, Roles.MANAGERS);
		provider = relationshipService.createProvider("Library provider " + UUID.randomUUID().toString().substring(0, 8),
				ProviderKind.VENDOR);
		fixtures.ensureUser(fixtures.providerUser(provider), provider.getCandidateGroup());
	}

	@AfterEach
	void removeInstances() {
		fixtures.removeInstancesOf(relationships.findAll().stream().filter(r -> names.contains(r.getName()))
				.map(Relationship::getId).toList());
	}

	@Test
	void aRelationshipStartedFromALibrarySetFindsItsMeasuresInDefineSuccessMeasuresAndTheProviderStillAgreesThem()
			throws Exception {
		// given
		SetView hosting = set("Managed hosting");
		assertThat(pages.page(get("/relationships/new"), MANAGER, 200)).contains("id=\"expectedLevel\"",
				"id=\"copyFrom\"", "value=\"library:" + hosting.id() + "\"");

		// when the manager starts it at level 2 from the set
		Relationship created = create(newRelationship().param("expectedLevel", "2")
				.param("copyFrom", "library:" + hosting.id()));

		// then "Set expected outcomes" has level 2 chosen
		assertThat(created.getExpectedLevel()).isEqualTo(2);
		Task outcomes = openTask(created);
		assertThat(outcomes.getTaskDefinitionKey()).isEqualTo("Task_SetExpectedOutcomes");
		assertThat(pages.page(get("/tasks/" + outcomes.getId()), MANAGER, 200))
				.containsPattern("name=\"expectedLevel\" value=\"2\"[^>]*checked");

		// and once outcomes are set, "Define success measures" shows the set's measures, each naming its template
		mvc.perform(pages.as(post("/tasks/" + outcomes.getId()).param("expectedLevel", "2").param("currentLevel", "2")
				.param("rampUpMonths", "0"), MANAGER)).andExpect(status().isFound());
		Task define = openTask(created);
		assertThat(define.getTaskDefinitionKey()).isEqualTo("Task_DefineSuccessMeasures");
		List<SuccessMeasure> copied = measures.measuresOf(created.getId());
		assertThat(copied).extracting(SuccessMeasure::getName)
				.containsExactlyInAnyOrderElementsOf(hosting.templates().stream().map(TemplateView::name).toList());
		assertThat(copied).allSatisfy(m -> {
			assertThat(m.getTemplateId()).isNotNull();
			assertThat(m.getTemplateVersion()).isEqualTo(1);
		});
		String page = pages.page(get("/tasks/" + define.getId()), MANAGER, 200);
		assertThat(page).contains("P1 resolution time", "(library, version 1)", "8 of 8").doesNotContain("id=\"library-offer\"");
		assertThat(relationships.findById(created.getId()).orElseThrow().getStatus())
				.isNotEqualTo(RelationshipStatus.ACTIVE);

		// and finishing sends them to the provider to agree
		mvc.perform(pages.as(post("/tasks/" + define.getId()), MANAGER)).andExpect(status().isFound());
		Task agree = openTask(created);
		assertThat(agree.getTaskDefinitionKey()).isEqualTo("Task_AgreeMeasures");
	}

	@Test
	void aRelationshipMayCopyAnotherRelationshipsCurrentMeasures() throws Exception {
		// given a relationship with measures
		Relationship source = fixtures.measuredRelationship(fixtures.firstOfMonthsAgo(2), 1, 1, 0);
		List<SuccessMeasure> original = measures.measuresOf(source.getId());

		// when
		Relationship created = create(newRelationship().param("copyFrom", "relationship:" + source.getId()));

		// then
		assertThat(measures.measuresOf(created.getId())).extracting(SuccessMeasure::getName, m -> m.getNeed().getId())
				.containsExactlyInAnyOrderElementsOf(original.stream()
						.map(m -> tuple(m.getName(), m.getNeed().getId())).toList());
		assertThat(measures.currentVersions(measures.measuresOf(created.getId()), created.firstPeriod()))
				.allSatisfy(v -> assertThat(v.getTarget()).isEqualByComparingTo("100"));
		assertThat(created.getExpectedLevel()).isNull();
	}

	@Test
	void anUnknownSourceOrLevelIsAnsweredNextToItsFieldAndNothingIsCreated() throws Exception {
		// given
		long before = relationships.count();
		String name = "Refused " + UUID.randomUUID().toString().substring(0, 8);

		// when
		String html = pages.page(post("/relationships").param("name", name).param("providerId", provider.getId().toString())
				.param("managerId", MANAGER).param("reviewPeriod", "MONTHLY")
				.param("startDate", clock.today().withDayOfMonth(1).toString()).param("expectedLevel", "9")
				.param("copyFrom", "library:999999"), MANAGER, 400);
		String notANumber = pages.page(newRelationship().param("expectedLevel", "high"), MANAGER, 400);

		// then
		assertThat(html).contains("Choose the expected level, 1 to 5",
				"Choose a relationship or a library set to copy the measures from", "value=\"" + name + "\"");
		assertThat(notANumber).contains("Choose the expected level, 1 to 5");
		assertThat(relationships.count()).isEqualTo(before);
	}

	@Test
	void defineSuccessMeasuresOffersTheTemplatesOfEachUncoveredNeedAndOneClickFillsTheRow() throws Exception {
		// given a relationship at level 1 with one need covered
		Relationship created = create(newRelationship().param("expectedLevel", "1"));
		Task outcomes = openTask(created);
		tasks.complete(outcomes.getId(), Map.of("expectedLevel", 1L, "currentLevel", 1L, "rampUpMonths", 0L));
		String taskId = openTask(created).getId();
		long availability = needs.findByCode("SERVICE_AVAILABILITY").orElseThrow().getId();
		long majorIncidents = needs.findByCode("MAJOR_INCIDENTS").orElseThrow().getId();
		TemplateView hostingAvailability = template("Managed hosting", availability);
		TemplateView hostingMajor = template("Managed hosting", majorIncidents);
		TemplateView deskMajor = template("Service desk", majorIncidents);
		mvc.perform(pages.as(post("/tasks/" + taskId + "/measures").param("needId", String.valueOf(availability))
				.param("name", "Uptime").param("unit", "%").param("direction", "HIGHER_IS_BETTER").param("target", "99")
				.param("threshold", "98").param("weight", "1"), MANAGER)).andExpect(status().isOk());

		// when
		String page = pages.page(get("/tasks/" + taskId), MANAGER, 200);
		String filled = pages.page(get("/tasks/" + taskId + "/measures/from-template/" + hostingMajor.id()), MANAGER, 200);

		// then the offer lists the uncovered needs' templates of both sets, not the covered need's
		assertThat(page).contains("id=\"library-offer\"", "id=\"use-template-" + hostingMajor.id() + "\"",
				"id=\"use-template-" + deskMajor.id() + "\"", "data-offer-need=\"" + majorIncidents + "\"")
				.doesNotContain("id=\"use-template-" + hostingAvailability.id() + "\"");
		assertThat(filled).contains("id=\"measure-editor\"", "value=\"Major incidents\"", "value=\"count\"",
				"id=\"templateId\" name=\"templateId\" value=\"" + hostingMajor.id() + "\"",
				"id=\"templateVersion\" name=\"templateVersion\" value=\"1\"", "id=\"from-template\"")
				.containsPattern("<option value=\"" + majorIncidents + "\"[^>]*selected");

		// and adding the filled row records the template version on the measure
		mvc.perform(pages.as(post("/tasks/" + taskId + "/measures").param("needId", String.valueOf(majorIncidents))
				.param("name", "Major incidents").param("unit", "count").param("direction", "LOWER_IS_BETTER")
				.param("target", "0").param("threshold", "1").param("weight", "1")
				.param("templateId", String.valueOf(hostingMajor.id())).param("templateVersion", "1"), MANAGER))
				.andExpect(status().isOk());
		assertThat(measures.measuresOf(created.getId())).filteredOn(m -> m.getName().equals("Major incidents"))
				.singleElement().satisfies(m -> {
					assertThat(m.getTemplateId()).isEqualTo(hostingMajor.id());
					assertThat(m.getTemplateVersion()).isEqualTo(1);
				});
		assertThat(pages.page(get("/tasks/" + taskId), MANAGER, 200))
				.doesNotContain("id=\"use-template-" + deskMajor.id() + "\"");
	}

	private MockHttpServletRequestBuilder newRelationship() {
		String name = "From the library " + UUID.randomUUID().toString().substring(0, 8);
		names.add(name);
		return post("/relationships").param("name", name).param("providerId", provider.getId().toString())
				.param("managerId", MANAGER).param("reviewPeriod", "MONTHLY")
				.param("startDate", clock.today().withDayOfMonth(1).toString());
	}

	private Relationship create(MockHttpServletRequestBuilder request) throws Exception {
		String location = mvc.perform(pages.as(request, MANAGER)).andExpect(status().isFound()).andReturn().getResponse()
				.getRedirectedUrl();
		return relationships.findById(Long.valueOf(location.substring("/relationships/".length()))).orElseThrow();
	}

	private Task openTask(Relationship relationship) {
		return tasks.createTaskQuery().processInstanceBusinessKey(relationship.getId().toString())
				.processDefinitionKey(Processes.LIFECYCLE).singleResult();
	}

	private SetView set(String name) {
		return library.sets().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
	}

	private TemplateView template(String setName, long needId) {
		return set(setName).templates().stream().filter(t -> t.needId() == needId).findFirst().orElseThrow();
	}
}
