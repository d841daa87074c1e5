package org.pacer.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.process.Processes;
import org.pacer.relationship.Relationship;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A failing asynchronous step retries on its cycle (R3/PT5M), then becomes an incident shown on the relationship page;
 * once the cause is fixed, the page's Retry runs it again and the cycle goes on.
 */
@ProcessTest
@AutoConfigureMockMvc
class IncidentTests {

	private static final String START_REVIEW = "Task_StartPerformanceReview";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private ManagementService management;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private PacerClock clock;

	private final List<Long> made = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		repository.activateProcessDefinitionByKey(Processes.PERFORMANCE_REVIEW);
		clock.backToNow();
		fixtures.removeInstancesOf(made);
	}

	@Test
	void aFailingStepRetriesOnItsCycleBecomesAnIncidentAndCompletesAfterTheFixAndARetry() throws Exception {
		// given a relationship whose first period has ended: the start of its review is the next job
		LocalDate first = clock.today().withDayOfMonth(1).minusMonths(2);
		Relationship relationship = fixtures.relationship(first);
		made.add(relationship.getId());
		ProcessInstance lifecycle = fixtures.startIntoReviewCycles(relationship, 1, 1, 0);
		management.executeJob(job(lifecycle, "Event_PeriodEnds").getId());
		Job startReview = job(lifecycle, START_REVIEW);
		// and a cause of failure: reviews cannot be started while their process is suspended
		repository.suspendProcessDefinitionByKey(Processes.PERFORMANCE_REVIEW);

		// when the job fails: the retry cycle keeps it for five minutes later, three times
		int attempts = 0;
		while (job(lifecycle, START_REVIEW).getRetries() > 0) {
			long before = clock.now().toEpochMilli();
			assertThatThrownBy(() -> management.executeJob(startReview.getId())).hasMessageContaining("suspended");
			attempts++;
			Job failed = job(lifecycle, START_REVIEW);
			if (failed.getRetries() > 0) {
				assertThat(failed.getDuedate().getTime() - before)
						.isBetween(Duration.ofMinutes(4).toMillis(), Duration.ofMinutes(6).toMillis());
			}
		}

		// then it is an incident, on the relationship page with the failing step, the message and a Retry button
		assertThat(attempts).isEqualTo(3);
		Incident incident = runtime.createIncidentQuery().processInstanceId(lifecycle.getId()).singleResult();
		assertThat(incident.getActivityId()).isEqualTo(START_REVIEW);
		String page = mvc.perform(get("/relationships/" + relationship.getId())
				.with(authentication(fixtures.signedIn(CycleFixtures.MANAGER))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"incidents\"").contains("Start performance review").contains("suspended")
				.contains("/incidents/" + incident.getId() + "/retry");
		// the provider's people see no engine failures and may not retry
		String provider = fixtures.providerUser(relationship);
		mvc.perform(get("/relationships/" + relationship.getId()).with(authentication(fixtures.signedIn(provider))))
				.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(
						org.hamcrest.Matchers.containsString("id=\"incidents\""))));
		mvc.perform(post("/relationships/" + relationship.getId() + "/incidents/" + incident.getId() + "/retry")
				.with(authentication(fixtures.signedIn(provider))).with(csrf())).andExpect(status().isForbidden());

		// when the cause is fixed and the manager retries
		repository.activateProcessDefinitionByKey(Processes.PERFORMANCE_REVIEW);
		mvc.perform(post("/relationships/" + relationship.getId() + "/incidents/" + incident.getId() + "/retry")
				.with(authentication(fixtures.signedIn(CycleFixtures.MANAGER))).with(csrf()))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/relationships/" + relationship.getId() + "#incidents"));
		Job retried = job(lifecycle, START_REVIEW);
		assertThat(retried.getRetries()).isEqualTo(1);
		assertThat(retried.getDuedate()).isBeforeOrEqualTo(clock.nowAsDate());
		management.executeJob(retried.getId());

		// then the review of the period runs and the incident is gone
		assertThat(runtime.createIncidentQuery().processInstanceId(lifecycle.getId()).count()).isZero();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(
				Processes.reviewKey(relationship.getId(), first)).count()).isEqualTo(1);
		assertThat(runtime.getActiveActivityIds(lifecycle.getId())).contains("Event_PeriodEnds");
	}

	private Job job(ProcessInstance instance, String activityId) {
		return management.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
	}
}
