package org.pacer.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.identity.Roles;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipLifecycle;
import org.pacer.relationship.RelationshipService;
import org.pacer.relationship.ReviewPeriod;
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

	@Autowired
	private RelationshipLifecycle lifecycle;

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
		// a test may have ended it already
		if (runtimeService.createProcessInstanceQuery().processInstanceId(review.getId()).count() > 0) {
			runtimeService.deleteProcessInstance(review.getId(), "test done", true, true);
		}
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

	@Test
	void pagesFiltersAndSearchesInTheDatabase() throws Exception {
		// given a provider with 53 reviews waiting for its results, all overdue
		LocalDate start = clock.today().withDayOfMonth(1).minusMonths(60);
		Relationship many = fixtures.measuredRelationship(start, 1, 1, 0);
		for (int i = 0; i < 53; i++) {
			fixtures.startReview(many, start.plusMonths(i));
		}
		String provider = fixtures.providerUser(many);
		try {
			// when its person pages, filters by step and by due date, and searches
			String first = inbox(provider, "");
			String second = inbox(provider, "?groupPage=1");
			String beyond = inbox(provider, "?groupPage=999999999999");
			String byStep = inbox(provider, "?step=Task_SubmitPeriodResults&sort=name");
			String otherStep = inbox(provider, "?step=Task_AgreeMeasures");
			String dueThisWeek = inbox(provider, "?due=week");
			String overdue = inbox(provider, "?due=overdue&sort=created");
			String searched = inbox(provider, "?q=" + many.getProvider().getName().substring(9));
			String noMatch = inbox(provider, "?q=no-such-relationship");
			String nonsense = inbox(provider, "?groupPage=abc&relationship=x&provider=%27%20OR%201%3D1--&due=never");

			// then each page shows at most 50, and the counts are of all matching tasks
			assertThat(rows(first)).isEqualTo(50);
			assertThat(first).contains("id=\"count-offered\">53<", "1–50 of 53", "rel=\"next\"");
			assertThat(rows(second)).isEqualTo(3);
			assertThat(second).contains("51–53 of 53", "rel=\"prev\"");
			assertThat(beyond).contains("51–53 of 53");
			assertThat(rows(byStep)).isEqualTo(50);
			assertThat(otherStep).contains("id=\"count-offered\">0<");
			assertThat(dueThisWeek).contains("id=\"count-offered\">0<");
			assertThat(overdue).contains("id=\"count-offered\">53<");
			assertThat(searched).contains("id=\"count-offered\">53<", many.getName());
			assertThat(noMatch).contains("id=\"count-offered\">0<");
			assertThat(nonsense).contains("id=\"count-offered\">0<");

			// and the overdue count takes each task once, offered or claimed
			assertThat(first).contains("53 overdue");
			taskService.claim(taskService.createTaskQuery().taskCandidateUser(provider).listPage(0, 1).get(0).getId(),
					provider);
			assertThat(inbox(provider, "")).contains("id=\"count-mine\">1<", "53 overdue");
		}
		finally {
			fixtures.removeInstancesOf(List.of(many.getId()));
		}
	}

	@Test
	void filtersByProviderAcrossItsRelationships() throws Exception {
		// given a provider with two relationships managed by one manager, and another relationship of theirs
		String manager = "inbox-manager-" + UUID.randomUUID().toString().substring(0, 6);
		fixtures.ensureUser(manager, Roles.MANAGERS);
		Relationship first = fixtures.startedRelationshipManagedBy(manager, clock.today().withDayOfMonth(1));
		Relationship second = lifecycle.create(new RelationshipService.NewRelationship("Second with "
				+ first.getProvider().getName(), first.getProvider().getId(), manager, ReviewPeriod.MONTHLY,
				clock.today().withDayOfMonth(1)), manager);
		Relationship elsewhere = fixtures.startedRelationshipManagedBy(manager, clock.today().withDayOfMonth(1));
		try {
			// when the manager filters by the provider
			String page = inbox(manager, "?provider=" + first.getProvider().getId());

			// then both of its relationships' tasks are listed, and only those
			assertThat(rows(page)).isEqualTo(2);
			assertThat(page).contains(first.getName(), second.getName()).doesNotContain(elsewhere.getName());
		}
		finally {
			fixtures.removeInstancesOf(List.of(first.getId(), second.getId(), elsewhere.getId()));
		}
	}

	@Test
	void aProviderSearchingForAnotherProvidersRelationshipFindsNothing() throws Exception {
		Relationship other = fixtures.measuredRelationship(clock.today().withDayOfMonth(1).minusMonths(3), 1, 1, 0);
		ProcessInstance othersReview = fixtures.startReview(other, clock.today().withDayOfMonth(1).minusMonths(3));
		try {
			String page = inbox(fixtures.providerUser(relationship), "?q=" + other.getProvider().getName()
					+ "&relationship=" + other.getId());

			assertThat(page).doesNotContain(other.getName()).contains("id=\"count-offered\">0<");
		}
		finally {
			runtimeService.deleteProcessInstance(othersReview.getId(), "test done", true, true);
		}
	}

	@Test
	void aTaskMadeByHandInTasklistIsListedWithoutARelationship() throws Exception {
		// given a task a manager made in Tasklist ("Create task"), belonging to no process
		String manager = "inbox-hand-" + UUID.randomUUID().toString().substring(0, 6);
		fixtures.ensureUser(manager, Roles.MANAGERS);
		Task byHand = taskService.newTask();
		byHand.setName("Call the vendor back");
		byHand.setAssignee(manager);
		taskService.saveTask(byHand);
		try {
			// when the manager opens the inbox, then it is listed, not a 500
			assertThat(inbox(manager)).contains("Call the vendor back");
		}
		finally {
			taskService.deleteTask(byHand.getId(), true);
		}
	}

	@Test
	void aLinkToATaskDoneSinceSaysWhoDidItAndWhen() throws Exception {
		// given a task the manager made and completed, and a results task its process closed unfinished
		String manager = "inbox-done-" + UUID.randomUUID().toString().substring(0, 6);
		fixtures.ensureUser(manager, Roles.MANAGERS);
		Task done = taskService.newTask();
		done.setName("Call the vendor back");
		done.setAssignee(manager);
		taskService.saveTask(done);
		taskService.complete(done.getId());
		String provider = fixtures.providerUser(relationship);
		runtimeService.deleteProcessInstance(review.getId(), "relationship ended");

		// when the links are followed, then each page says what became of the task
		String completed = shown("/tasks/" + done.getId(), manager);
		assertThat(completed).contains("completed it on").contains("(" + clock.zone().getId() + ")");
		String closed = shown("/tasks/" + results.getId(), provider);
		assertThat(closed).contains("no longer open").contains("id=\"to-relationship\"");

		// and to anyone it was not for, it is as unknown as a task that never was
		String stranger = fixtures.providerUser(fixtures.measuredRelationship(clock.today().withDayOfMonth(1), 1, 1, 0));
		mvc.perform(get("/tasks/" + results.getId()).with(authentication(fixtures.signedIn(stranger))))
				.andExpect(status().isNotFound());
		mvc.perform(get("/tasks/" + done.getId()).with(authentication(fixtures.signedIn(provider))))
				.andExpect(status().isNotFound());
		mvc.perform(get("/tasks/no-such-task").with(authentication(fixtures.signedIn(manager))))
				.andExpect(status().isNotFound());
	}

	private static int rows(String page) {
		return page.split("data-task=", -1).length - 1;
	}

	private String inbox(String user, String query) throws Exception {
		return mvc.perform(get("/tasks" + query).with(authentication(fixtures.signedIn(user))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String shown(String path, String user) throws Exception {
		return mvc.perform(get(path).with(authentication(fixtures.signedIn(user)))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
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
