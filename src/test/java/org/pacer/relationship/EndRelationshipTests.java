package org.pacer.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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

/**
 * "End relationship" from the relationship page: a manager ends it on a day with a reason, the lifecycle stops and
 * its history stays; a day in the future or before the start, no reason or a date that is no date is refused next to
 * its field and nothing ends; provider people cannot end a relationship.
 */
@ProcessTest
@AutoConfigureMockMvc
class EndRelationshipTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private RelationshipService relationships;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private HistoryService history;

	@Autowired
	private PacerClock clock;

	private Pages pages;

	private String manager;

	private Relationship relationship;

	@BeforeEach
	void setUp() {
		pages = new Pages(mvc, fixtures);
		manager = "ender-" + UUID.randomUUID().toString().substring(0, 6);
		fixtures.ensureUser(manager, Roles.MANAGERS);
		relationship = fixtures.startedRelationshipManagedBy(manager, clock.today().withDayOfMonth(1));
	}

	@Test
	void aManagerEndsItAndItsHistoryStays() throws Exception {
		// given the lifecycle waits in set-up ("Set expected outcomes")
		assertThat(pages.page(get(detail()), manager, 200)).contains("id=\"end-relationship-link\"");

		// when
		mvc.perform(pages.as(post(detail() + "/end").param("endedOn", clock.today().toString())
				.param("reason", "Contract terminated"), manager)).andExpect(status().isFound());

		// then
		Relationship ended = relationships.get(relationship.getId());
		assertThat(ended.getStatus()).isEqualTo(RelationshipStatus.ENDED);
		assertThat(ended.getEndedOn()).isEqualTo(clock.today());
		assertThat(ended.getEndReason()).isEqualTo("Contract terminated");
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(Processes.LIFECYCLE)
				.processInstanceBusinessKey(relationship.getId().toString()).count()).isZero();
		HistoricProcessInstance lifecycle = history.createHistoricProcessInstanceQuery()
				.processDefinitionKey(Processes.LIFECYCLE).processInstanceBusinessKey(relationship.getId().toString())
				.singleResult();
		assertThat(lifecycle.getDeleteReason()).isEqualTo("Contract terminated");
		assertThat(fixtures.event(relationship, "RELATIONSHIP_ENDED").getActor()).isEqualTo(manager);
		String page = pages.page(get(detail()), manager, 200);
		assertThat(page).contains("ended on", "Contract terminated").doesNotContain("id=\"end-relationship-link\"");

		// and a second ending is refused
		assertThat(pages.page(post(detail() + "/end").param("endedOn", clock.today().toString()).param("reason", "again"),
				manager, 400)).contains("It ended already");
	}

	@Test
	void badInputIsRefusedNextToItsFieldAndNothingEnds() throws Exception {
		String tomorrow = clock.today().plusDays(1).toString();
		assertThat(refused(tomorrow, "Contract terminated")).contains("or an earlier day", "Contract terminated");
		assertThat(refused(relationship.getStartDate().minusDays(1).toString(), "x"))
				.contains("It started on " + relationship.getStartDate());
		assertThat(refused(clock.today().toString(), "  ")).contains("Say why it ends");
		assertThat(refused("31.12.2026", "Contract terminated")).contains("Give a date as YYYY-MM-DD", "31.12.2026");
		assertThat(refused(clock.today().toString(), "x".repeat(501))).contains("Keep the reason to 500 characters");

		assertThat(relationships.get(relationship.getId()).getStatus()).isNotEqualTo(RelationshipStatus.ENDED);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(Processes.LIFECYCLE)
				.processInstanceBusinessKey(relationship.getId().toString()).count()).isEqualTo(1);
	}

	@Test
	void providerPeopleCannotEndARelationship() throws Exception {
		String vendor = fixtures.providerUser(relationship);
		fixtures.ensureUser(vendor, relationship.getProvider().getCandidateGroup());
		pages.page(get(detail() + "/end"), vendor, 403);
		pages.page(post(detail() + "/end").param("endedOn", clock.today().toString()).param("reason", "mine"), vendor, 403);
		assertThat(relationships.get(relationship.getId()).getStatus()).isNotEqualTo(RelationshipStatus.ENDED);
	}

	private String refused(String endedOn, String reason) throws Exception {
		return pages.page(post(detail() + "/end").param("endedOn", endedOn).param("reason", reason), manager, 400);
	}

	private String detail() {
		return "/relationships/" + relationship.getId();
	}
}
