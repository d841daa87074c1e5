package org.pacer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.relationship.Relationship;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The inbox: claim and unclaim of group tasks, overdue markers, and no reach into another provider's tasks. */
@ProcessTest
@AutoConfigureMockMvc
class InboxTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private TaskService taskService;

	@Autowired
	private RuntimeService runtimeService;

	@Autowired
	private PacerClock clock;

	private Relationship relationship;

	private ProcessInstance review;

	private Task results;

	@BeforeEach
	void reviewWaitingForResults() {
		// a period long past: its results are overdue
		LocalDate period = clock.today().withDayOfMonth(1).minusMonths(3);
		relationship = fixtures.measuredRelationship(period, 1, 1, 0);
		review = fixtures.startReview(relationship, period);
		results = taskService.createTaskQuery().processInstanceId(review.getId()).singleResult();
	}

	@AfterEach
	void removeReview() {
		runtimeService.deleteProcessInstance(review.getId(), "test done", true, true);
	}

	@Test
	void aProviderClaimsAGroupTaskAndGivesItBack() throws Exception {
		String provider = fixtures.providerUser(relationship);

		String before = inbox(provider);
		post("/tasks/" + results.getId() + "/claim", provider, 302);
		String claimed = inbox(provider);
		post("/tasks/" + results.getId() + "/unclaim", provider, 302);

		assertThat(before).contains("Submit period results").contains("overdue").contains("Claim");
		assertThat(claimed).contains("Unclaim");
		assertThat(taskService.createTaskQuery().taskId(results.getId()).singleResult().getAssignee()).isNull();
	}

	@Test
	void anotherProviderCanNeitherSeeNorClaimTheTask() throws Exception {
		Relationship other = fixtures.measuredRelationship(clock.today().withDayOfMonth(1).minusMonths(3), 1, 1, 0);
		String stranger = fixtures.providerUser(other);

		assertThat(inbox(stranger)).doesNotContain(relationship.getName());
		post("/tasks/" + results.getId() + "/claim", stranger, 404);
		mvc.perform(get("/tasks/" + results.getId()).with(authentication(fixtures.signedIn(stranger))))
				.andExpect(status().isNotFound());
		assertThat(taskService.createTaskQuery().taskId(results.getId()).singleResult().getAssignee()).isNull();
	}

	private String inbox(String user) throws Exception {
		return mvc.perform(get("/tasks").with(authentication(fixtures.signedIn(user)))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private void post(String url, String user, int expected) throws Exception {
		mvc.perform(MockMvcRequestBuilders.post(url).with(csrf())
				.with(authentication(fixtures.signedIn(user)))).andExpect(status().is(expected));
	}
}
