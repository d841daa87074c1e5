package org.pacer.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.Pages;
import org.pacer.ProcessTest;
import org.pacer.audit.AuditLog;
import org.pacer.identity.Roles;
import org.pacer.notification.Notification;
import org.pacer.notification.NotificationService;
import org.pacer.process.Processes;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Handing a relationship to another manager: the open task assigned to the previous manager moves, both managers
 * are told, the audit trail says who did it; a user who is not a manager is refused next to the field and nothing
 * moves; provider people cannot hand a relationship over.
 */
@ProcessTest
@AutoConfigureMockMvc
class ManagerHandoverTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	private Pages pages;

	@Autowired
	private TaskService tasks;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private AuditLog audit;

	@Autowired
	private PacerClock clock;

	private String previous;

	private String next;

	private Relationship relationship;

	@BeforeEach
	void setUp() {
		pages = new Pages(mvc, fixtures);
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		previous = "handover-from-" + suffix;
		next = "handover-to-" + suffix;
		fixtures.ensureUser(previous, Roles.MANAGERS);
		fixtures.ensureUser(next, Roles.MANAGERS);
		relationship = fixtures.startedRelationshipManagedBy(previous, clock.today().withDayOfMonth(1));
	}

	@Test
	void theOpenTaskMovesBothManagersAreToldAndTheTrailSaysWho() throws Exception {
		// given: "Set expected outcomes" waits for the previous manager
		assertThat(openTask().getAssignee()).isEqualTo(previous);

		// when
		mvc.perform(pages.as(post("/relationships/" + relationship.getId() + "/manager").param("managerId", next),
				previous)).andExpect(status().isFound());

		// then
		assertThat(openTask().getAssignee()).isEqualTo(next);
		assertThat(subjects(next)).contains("You now manage " + relationship.getName());
		assertThat(subjects(previous)).contains(next + " now manages " + relationship.getName());
		assertThat(audit.trail(relationship.getId())).anySatisfy(event -> {
			assertThat(event.getDetail()).isEqualTo("Managed by " + next + " instead of " + previous);
			assertThat(event.getActor()).isEqualTo(previous);
		});
	}

	@Test
	void aUserWhoIsNotAManagerIsRefusedAndNothingMoves() throws Exception {
		// given
		String outsider = "handover-outsider-" + UUID.randomUUID().toString().substring(0, 6);
		fixtures.ensureUser(outsider, Roles.PROCESS_OWNERS);

		// when
		String page = pages.page(post("/relationships/" + relationship.getId() + "/manager").param("managerId", outsider),
				previous, 400);

		// then
		assertThat(page).contains("Choose a relationship manager");
		assertThat(openTask().getAssignee()).isEqualTo(previous);
		assertThat(pages.page(get("/relationships/" + relationship.getId() + "/manager"), previous, 200)).contains(next);
	}

	@Test
	void providerPeopleCannotHandARelationshipOver() throws Exception {
		// given
		String vendor = fixtures.providerUser(relationship);
		fixtures.ensureUser(vendor, relationship.getProvider().getCandidateGroup());

		// when / then
		pages.page(post("/relationships/" + relationship.getId() + "/manager").param("managerId", next), vendor, 403);
		assertThat(openTask().getAssignee()).isEqualTo(previous);
	}

	private Task openTask() {
		List<Task> open = tasks.createTaskQuery().processDefinitionKey(Processes.LIFECYCLE)
				.processInstanceBusinessKey(relationship.getId().toString()).list();
		assertThat(open).hasSize(1);
		return open.get(0);
	}

	private List<String> subjects(String user) {
		return notifications.pageFor(user, List.of(), 0).stream().map(Notification::getSubject).toList();
	}
}
