package org.pacer.taskform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.relationship.Relationship;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Camunda Tasklist offers "Open form" into Pacer's own form for every Pacer task (its external form key), instead of
 * the generic "Add a variable / Complete" form that would bypass Pacer's checks and context.
 */
@ProcessTest
@AutoConfigureMockMvc
class TasklistOpensPacerFormsTests {

	@Autowired
	private RepositoryService repository;

	@Autowired
	private FormService forms;

	@Autowired
	private TaskService tasks;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private PacerClock clock;

	@Autowired
	private MockMvc mvc;

	@Test
	void everyUserTaskOfPacersProcessesCarriesPacersFormKey() {
		List<ProcessDefinition> processes = repository.createProcessDefinitionQuery().latestVersion().list();
		assertThat(processes).extracting(ProcessDefinition::getKey).contains("relationship-lifecycle",
				"performance-review", "joint-improvement", "sourcing-decision");
		for (ProcessDefinition process : processes) {
			for (UserTask task : repository.getBpmnModelInstance(process.getId()).getModelElementsByType(UserTask.class)) {
				assertThat(task.getCamundaFormKey()).as(process.getKey() + " " + task.getId())
						.isEqualTo(TaskForms.EXTERNAL_FORM_KEY);
			}
		}
	}

	@Test
	void tasklistsLinkLeadsToThePacerFormOfTheTask() throws Exception {
		// given a results task waiting
		LocalDate period = clock.today().withDayOfMonth(1).minusMonths(1);
		Relationship relationship = fixtures.measuredRelationship(period, 1, 1, 0);
		ProcessInstance review = fixtures.startReview(relationship, period);
		try {
			Task results = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();

			// then the engine names Pacer's form as the task's form, and the link Tasklist builds from it opens it
			assertThat(forms.getTaskFormKey(results.getProcessDefinitionId(), results.getTaskDefinitionKey()))
					.isEqualTo("/tasks/open");
			mvc.perform(get("/tasks/open").param("taskId", results.getId()).param("callbackUrl", "/camunda/app/tasklist/")
					.with(authentication(fixtures.signedIn(CycleFixtures.MANAGER))))
					.andExpect(status().isFound()).andExpect(redirectedUrl("/tasks/" + results.getId()));
			mvc.perform(get("/tasks/open").with(authentication(fixtures.signedIn(CycleFixtures.MANAGER))))
					.andExpect(status().isBadRequest());
		}
		finally {
			runtime.deleteProcessInstance(review.getId(), "test done", true, true);
		}
	}
}
