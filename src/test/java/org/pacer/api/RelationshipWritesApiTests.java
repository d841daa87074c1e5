package org.pacer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.pacer.api.ApiCalls.basic;
import static org.pacer.api.ApiCalls.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.identity.Roles;
import org.pacer.process.Processes;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Starting, handing over and ending a relationship over /api/v1, with the forms' rules: a retried start with its
 * Idempotency-Key starts one relationship, bad input is named by field, provider tokens are refused.
 */
class RelationshipWritesApiTests extends ApiTest {

	private static final String MANAGER = CycleFixtures.MANAGER;

	@Autowired
	private RelationshipRepository relationships;

	@Autowired
	private TaskService tasks;

	@Autowired
	private ApiTokens tokens;

	private Relationship existing;

	private String name;

	@BeforeEach
	void setUp() {
		fixtures.ensureUser(MANAGER, Roles.MANAGERS);
		existing = made(fixtures.relationship(period));
		name = "Api relationship " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aManagerStartsOneRelationshipEvenWhenTheCallIsRetried() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = start(existing.getProvider().getId(), MANAGER, period.toString());

		String first = mvc.perform(basic(post("/api/v1/relationships").header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON).content(body), MANAGER))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.name").value(name))
				.andExpect(jsonPath("$.expectedLevel").value(2)).andReturn().getResponse().getContentAsString();
		String again = mvc.perform(basic(post("/api/v1/relationships").header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON).content(body), MANAGER))
				.andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "true"))
				.andReturn().getResponse().getContentAsString();

		assertThat(again).isEqualTo(first);
		Relationship created = made(relationships.findAll().stream().filter(r -> r.getName().equals(name))
				.reduce((a, b) -> {
					throw new AssertionError("two relationships named " + name);
				}).orElseThrow());
		assertThat(tasks.createTaskQuery().processDefinitionKey(Processes.LIFECYCLE)
				.processInstanceBusinessKey(created.getId().toString()).taskDefinitionKey("Task_SetExpectedOutcomes")
				.taskAssignee(MANAGER).count()).isEqualTo(1);
	}

	@Test
	void badInputIsNamedByItsFieldAndProviderTokensAreRefused() throws Exception {
		fixtures.ensureUser("api-not-a-manager", Roles.PROCESS_OWNERS);
		mvc.perform(basic(json(post("/api/v1/relationships"), start(-1L, "api-not-a-manager", period.toString())), MANAGER))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field", hasItems("providerId", "managerId")));
		mvc.perform(basic(json(post("/api/v1/relationships"), start(existing.getProvider().getId(), MANAGER, "yesterday")),
				MANAGER)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startDate"));
		String token = ApiCalls.tokenFor(tokens, existing);
		mvc.perform(bearer(json(post("/api/v1/relationships"), start(existing.getProvider().getId(), MANAGER,
				period.toString())), token)).andExpect(status().isForbidden());
		mvc.perform(bearer(json(post("/api/v1/relationships/" + existing.getId() + "/end"),
				"{\"endedOn\":\"" + clock.today() + "\",\"reason\":\"mine\"}"), token)).andExpect(status().isForbidden());
		assertThat(relationships.findAll().stream().filter(r -> r.getName().equals(name))).isEmpty();
	}

	@Test
	void aManagerHandsARelationshipOverAndEndsIt() throws Exception {
		String next = "api-next-" + UUID.randomUUID().toString().substring(0, 6);
		fixtures.ensureUser(next, Roles.MANAGERS);

		mvc.perform(basic(json(put("/api/v1/relationships/" + existing.getId() + "/manager"),
				"{\"managerId\":\"" + next + "\"}"), MANAGER)).andExpect(status().isOk())
				.andExpect(jsonPath("$.managerId").value(next));
		mvc.perform(basic(json(post("/api/v1/relationships/" + existing.getId() + "/end"),
				"{\"endedOn\":\"" + clock.today().plusDays(1) + "\",\"reason\":\"Contract terminated\"}"), MANAGER))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endedOn"));
		mvc.perform(basic(json(post("/api/v1/relationships/" + existing.getId() + "/end"),
				"{\"endedOn\":\"" + clock.today() + "\",\"reason\":\"Contract terminated\"}"), MANAGER))
				.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ENDED"));
		assertThat(relationships.findById(existing.getId()).orElseThrow().getEndReason()).isEqualTo("Contract terminated");
	}

	private String start(Long providerId, String managerId, String startDate) {
		return "{\"name\":\"" + name + "\",\"providerId\":" + providerId + ",\"managerId\":\"" + managerId
				+ "\",\"reviewPeriod\":\"MONTHLY\",\"startDate\":\"" + startDate + "\",\"expectedLevel\":2}";
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}
}
