package org.pacer.taskform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.relationship.Relationship;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A user task without a purpose-built form, as a process owner adds one in the browser modeler, opens in the fallback
 * form: name, description, relationship, the Camunda form fields of the diagram, and Complete. Its process has its own
 * key and is removed after each test.
 */
@ProcessTest
@AutoConfigureMockMvc
class FallbackTaskFormTests {

	private static final String PROCESS = """
			<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
			    id="Definitions_FallbackCheck" targetNamespace="http://pacer.org/test">
			  <process id="fallback-form-check" isExecutable="true" camunda:historyTimeToLive="P1D">
			    <startEvent id="StartEvent_Check"/>
			    <sequenceFlow id="Flow_ToConfirm" sourceRef="StartEvent_Check" targetRef="Task_ConfirmContract"/>
			    <userTask id="Task_ConfirmContract" name="Confirm the contract" camunda:assignee="${managerId}">
			      <documentation>Read the renewed contract before confirming.</documentation>
			      <extensionElements><camunda:formData>
			        <camunda:formField id="noticeDays" label="Notice days" type="long">
			          <camunda:validation><camunda:constraint name="required"/></camunda:validation>
			        </camunda:formField>
			        <camunda:formField id="signed" label="Signed by both sides" type="boolean"/>
			        <camunda:formField id="channel" label="Channel" type="enum">
			          <camunda:value id="mail" name="Mail"/><camunda:value id="portal" name="Portal"/>
			        </camunda:formField>
			        <camunda:formField id="effectiveFrom" label="Effective from" type="date"/>
			      </camunda:formData></extensionElements>
			    </userTask>
			    <sequenceFlow id="Flow_ToEnd" sourceRef="Task_ConfirmContract" targetRef="End_Check"/>
			    <endEvent id="End_Check"/>
			  </process>
			</definitions>
			""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private HistoryService history;

	private String deploymentId;

	private Relationship relationship;

	@BeforeEach
	void deployAProcessWithAStepWithoutForm() {
		deploymentId = repository.createDeployment().addString("fallback-form-check.bpmn", PROCESS).deploy().getId();
		relationship = fixtures.relationship(LocalDate.of(2026, 1, 1));
	}

	@AfterEach
	void removeIt() {
		repository.deleteDeployment(deploymentId, true);
	}

	@Test
	void showsTheTaskItsRelationshipAndTheFormFieldsOfTheDiagram() throws Exception {
		Task task = start(relationship);

		String page = mvc.perform(get("/tasks/" + task.getId()).with(manager())).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Confirm the contract", "Read the renewed contract before confirming.",
				relationship.getName(), "Notice days", "type=\"number\"", "Signed by both sides", "type=\"checkbox\"",
				"value=\"portal\"", "Portal", "type=\"date\"", "Complete");
	}

	@Test
	void refusesAMissingRequiredFieldAndANumberThatIsNoneAndKeepsTheTask() throws Exception {
		Task task = start(relationship);

		String missing = mvc.perform(post("/tasks/" + task.getId()).with(csrf()).with(manager()))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String notANumber = mvc.perform(post("/tasks/" + task.getId()).param("noticeDays", "thirty").with(csrf())
				.with(manager())).andExpect(status().isBadRequest()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);

		assertThat(missing).contains("Fill in Notice days");
		assertThat(notANumber).contains("Give a whole number").contains("value=\"thirty\"");
		assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
	}

	@Test
	void completesTheTaskWithTypedValues() throws Exception {
		Task task = start(relationship);

		mvc.perform(post("/tasks/" + task.getId()).param("noticeDays", "30").param("signed", "true")
				.param("channel", "portal").param("effectiveFrom", "2026-03-01").with(csrf()).with(manager()))
				.andExpect(status().isFound());

		Map<String, Object> values = new HashMap<>();
		for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
				.processInstanceId(task.getProcessInstanceId()).list()) {
			values.put(v.getName(), v.getValue());
		}
		assertThat(values).containsEntry("noticeDays", 30L).containsEntry("signed", true)
				.containsEntry("channel", "portal");
		assertThat(values.get("effectiveFrom")).isInstanceOf(Date.class);
		assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
	}

	@Test
	void aTaskOutsideAnyRelationshipIsListedOpensAndCompletesToo() throws Exception {
		ProcessInstance instance = runtime.startProcessInstanceByKey("fallback-form-check",
				Map.of("managerId", CycleFixtures.MANAGER));
		Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();

		String inbox = mvc.perform(get("/tasks").with(manager())).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		assertThat(inbox).contains("/tasks/" + task.getId() + "\"");
		String page = mvc.perform(get("/tasks/" + task.getId()).with(manager())).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		mvc.perform(post("/tasks/" + task.getId()).param("noticeDays", "14").with(csrf()).with(manager()))
				.andExpect(status().isFound());

		assertThat(page).contains("Confirm the contract").doesNotContain("id=\"task-relationship\"");
		assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
	}

	@Test
	void anotherUserCannotOpenIt() throws Exception {
		Task task = start(relationship);
		String stranger = fixtures.providerUser(fixtures.relationship(LocalDate.of(2026, 1, 1)));

		mvc.perform(get("/tasks/" + task.getId()).with(authentication(fixtures.signedIn(stranger))))
				.andExpect(status().isNotFound());
	}

	private Task start(Relationship relationship) {
		ProcessInstance instance = runtime.startProcessInstanceByKey("fallback-form-check",
				String.valueOf(relationship.getId()),
				Map.of("relationshipId", relationship.getId(), "managerId", CycleFixtures.MANAGER));
		return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor manager() {
		return authentication(fixtures.signedIn(CycleFixtures.MANAGER));
	}
}
