package org.pacer.modeler;

import org.pacer.process.ModelProblem;
import org.pacer.process.ModelSafety;
import org.pacer.process.ProcessFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * Checks a BPMN or DMN file before it may be deployed, with Camunda's model API, and answers every problem tied to
 * the element the modeler should mark. An empty list means the file may be deployed. The rules are those a running
 * Pacer depends on: people and beans the diagram names must exist, timers must parse, gateways must decide, called
 * processes and decisions must be there, history must expire, and ids must say what a step is (the element id
 * names the delegate and the portal form).
 */
@Component
class ModelValidator {

	static final String CAMUNDA_NS = ModelSafety.CAMUNDA_BPMN_NS;

	/** Ids a modeler generates: Activity_0k2x9qz (seven random base-36 characters), StartEvent_1. */
	private static final Pattern GENERATED_ID = Pattern
			.compile("^[A-Za-z]+_(?=[0-9a-z]*[0-9])[0-9a-z]{7}$|^[A-Za-z]+_\\d+$");

	private static final Pattern TTL = Pattern.compile("^(\\d+|P\\d+D)$");

	private final ModelSafety safety;

	private final IdentityService identity;

	private final RepositoryService repository;

	private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	public ModelValidator(ModelSafety safety, IdentityService identity, RepositoryService repository) {
		this.safety = safety;
		this.identity = identity;
		this.repository = repository;
	}

	public List<ModelProblem> validate(ProcessFile file) {
		List<ModelProblem> problems = new ArrayList<>(duplicateIds(file));
		if (!problems.isEmpty()) {
			// the model API would refuse the file for the same reason, without saying which element
			return problems;
		}
		// what the engine's deployer refuses, with line and column: code, scripts, expressions beyond the allowed shapes
		problems.addAll(safety.check(file));
		try {
			if (file.kind() == ProcessFile.Kind.BPMN) {
				validateBpmn(Bpmn.readModelFromStream(file.stream()), problems);
			}
			else {
				validateDmn(Dmn.readModelFromStream(file.stream()), problems);
			}
		}
		catch (RuntimeException e) {
			// the model API answers some files it cannot read with a NullPointerException, not a ModelException
			problems.add(new ModelProblem(null, "The " + file.kind() + " does not parse: " + ModelProblem.messageOf(e)));
		}
		return problems;
	}

	private void validateBpmn(BpmnModelInstance model, List<ModelProblem> problems) {
		Collection<Process> processes = model.getModelElementsByType(Process.class);
		if (processes.stream().noneMatch(Process::isExecutable)) {
			problems.add(new ModelProblem(null, "No executable process: mark the process as executable."));
		}
		for (Process process : processes) {
			if (process.isExecutable()) {
				requireTtl(process.getId(), process.getCamundaHistoryTimeToLiveString(), "process", problems);
				requireReadableId(process.getId(), "process", problems);
			}
		}
		for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
			requireReadableId(node.getId(), "step", problems);
		}
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			checkAssignment(task, problems);
		}
		for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
			checkTimer(timer, problems);
		}
		for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
			checkGateway(gateway, problems);
		}
		Set<String> processIds = new LinkedHashSet<>();
		processes.forEach(p -> processIds.add(p.getId()));
		for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
			checkCalledProcess(call, processIds, problems);
		}
		for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
			checkCalledDecision(task, problems);
		}
	}

	private void validateDmn(DmnModelInstance model, List<ModelProblem> problems) {
		Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
		if (decisions.isEmpty()) {
			problems.add(new ModelProblem(null, "The DMN holds no decision."));
		}
		for (Decision decision : decisions) {
			requireTtl(decision.getId(), decision.getCamundaHistoryTimeToLiveString(), "decision", problems);
			requireReadableId(decision.getId(), "decision", problems);
		}
		if (problems.isEmpty()) {
			try {
				// the DMN engine's own transformation: hit policies, types, expression languages
				dmn.parseDecisions(model);
			}
			catch (RuntimeException e) {
				problems.add(new ModelProblem(null, "The decision engine refuses the DMN: " + ModelProblem.messageOf(e)));
			}
		}
	}

	private static void requireTtl(String id, String ttl, String what, List<ModelProblem> problems) {
		if (ttl == null || ttl.isBlank()) {
			problems.add(new ModelProblem(id, "Set the " + what + "'s history time to live (e.g. P180D): "
					+ "without it the engine keeps its history forever and refuses the deployment."));
		}
		else if (!TTL.matcher(ttl.trim()).matches()) {
			problems.add(new ModelProblem(id, "History time to live '" + ttl + "' is neither days (180) nor an "
					+ "ISO period of days (P180D)."));
		}
	}

	private static void requireReadableId(String id, String what, List<ModelProblem> problems) {
		if (id != null && GENERATED_ID.matcher(id).matches()) {
			problems.add(new ModelProblem(id, "The " + what + " id " + id + " was generated; give it a readable id "
					+ "that names it (like Task_ApproveReview): the id is how forms, code and migrations find the step."));
		}
	}

	private void checkAssignment(UserTask task, List<ModelProblem> problems) {
		String assignee = task.getCamundaAssignee();
		List<String> users = split(task.getCamundaCandidateUsers());
		List<String> groups = split(task.getCamundaCandidateGroups());
		if (blank(assignee) && users.isEmpty() && groups.isEmpty()) {
			problems.add(new ModelProblem(task.getId(), "Nobody would see this task: give it an assignee or a "
					+ "candidate group."));
			return;
		}
		if (!blank(assignee) && !isExpression(assignee) && identity.createUserQuery().userId(assignee).count() == 0) {
			problems.add(new ModelProblem(task.getId(), "Assignee '" + assignee + "' is no Pacer user."));
		}
		for (String user : users) {
			if (!isExpression(user) && identity.createUserQuery().userId(user).count() == 0) {
				problems.add(new ModelProblem(task.getId(), "Candidate user '" + user + "' is no Pacer user."));
			}
		}
		for (String group : groups) {
			if (!isExpression(group) && identity.createGroupQuery().groupId(group).count() == 0) {
				problems.add(new ModelProblem(task.getId(), "Candidate group '" + group + "' is no Pacer group."));
			}
		}
	}

	private void checkTimer(TimerEventDefinition timer, List<ModelProblem> problems) {
		// the event carries the marker in the diagram, not its timer definition
		String id = idOf(timer.getParentElement());
		Map<String, String> definitions = new LinkedHashMap<>();
		if (timer.getTimeDate() != null) {
			definitions.put("date", timer.getTimeDate().getTextContent());
		}
		if (timer.getTimeDuration() != null) {
			definitions.put("duration", timer.getTimeDuration().getTextContent());
		}
		if (timer.getTimeCycle() != null) {
			definitions.put("cycle", timer.getTimeCycle().getTextContent());
		}
		if (definitions.isEmpty() || definitions.values().stream().allMatch(ModelValidator::blank)) {
			problems.add(new ModelProblem(id, "The timer has no date, duration or cycle."));
			return;
		}
		definitions.forEach((type, value) -> {
			if (blank(value)) {
				problems.add(new ModelProblem(id, "The timer's " + type + " is empty."));
			}
			else if (!isExpression(value)) {
				checkTimerValue(type, value.trim(), id, problems);
			}
		});
	}

	/** The engine's own business calendars read the value, so what passes here is what the engine accepts. */
	private static void checkTimerValue(String type, String value, String id, List<ModelProblem> problems) {
		try {
			switch (type) {
				case "date" -> new DueDateBusinessCalendar().resolveDuedate(value);
				case "duration" -> new DurationBusinessCalendar().resolveDuedate(value);
				default -> new CycleBusinessCalendar().resolveDuedate(value);
			}
		}
		catch (ProcessEngineException | IllegalArgumentException e) {
			String example = switch (type) {
				case "date" -> "an ISO date and time like 2026-12-31T09:00:00";
				case "duration" -> "an ISO duration like P14D or PT12H";
				default -> "an ISO repeating interval like R/P12M or a cron expression like 0 0 9 * * ?";
			};
			problems.add(new ModelProblem(id, "Timer " + type + " '" + value + "' does not parse: give " + example + "."));
		}
	}

	private static void checkGateway(ExclusiveGateway gateway, List<ModelProblem> problems) {
		Collection<SequenceFlow> outgoing = gateway.getOutgoing();
		if (outgoing.size() < 2) {
			return;
		}
		for (SequenceFlow flow : outgoing) {
			if (flow != gateway.getDefault() && (flow.getConditionExpression() == null
					|| blank(flow.getConditionExpression().getTextContent()))) {
				String gatewayName = blank(gateway.getName()) ? gateway.getId() : "'" + gateway.getName() + "'";
				problems.add(new ModelProblem(flow.getId(), "This flow leaves gateway " + gatewayName + " without a "
						+ "condition: give it one, or make it the gateway's default flow."));
			}
		}
	}

	private void checkCalledProcess(CallActivity call, Set<String> processesInFile, List<ModelProblem> problems) {
		String called = call.getCalledElement();
		if (blank(called)) {
			problems.add(new ModelProblem(call.getId(), "The call activity names no process to call."));
		}
		else if (!isExpression(called) && !processesInFile.contains(called)
				&& repository.createProcessDefinitionQuery().processDefinitionKey(called).count() == 0) {
			problems.add(new ModelProblem(call.getId(), "Called process '" + called + "' is not deployed."));
		}
	}

	private void checkCalledDecision(BusinessRuleTask task, List<ModelProblem> problems) {
		boolean implementedOtherwise = !blank(task.getCamundaClass()) || !blank(task.getCamundaDelegateExpression())
				|| !blank(task.getCamundaExpression()) || !blank(task.getCamundaType());
		if (implementedOtherwise) {
			return;
		}
		String decision = task.getCamundaDecisionRef();
		if (blank(decision)) {
			problems.add(new ModelProblem(task.getId(), "The business rule task names no decision."));
		}
		else if (!isExpression(decision)
				&& repository.createDecisionDefinitionQuery().decisionDefinitionKey(decision).count() == 0) {
			problems.add(new ModelProblem(task.getId(), "Decision '" + decision + "' is not deployed."));
		}
	}

	/** Duplicate ids, found before the model API, which refuses them without naming the element. */
	private static List<ModelProblem> duplicateIds(ProcessFile file) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		Set<String> seen = new LinkedHashSet<>();
		Set<String> twice = new LinkedHashSet<>();
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(file.stream());
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT) {
					String id = reader.getAttributeValue(null, "id");
					if (id != null && !seen.add(id)) {
						twice.add(id);
					}
				}
			}
			reader.close();
		}
		catch (XMLStreamException e) {
			// ProcessFile read it already; the model API will say what is wrong
		}
		return twice.stream().map(id -> new ModelProblem(id, "The id " + id + " is used by more than one element; "
				+ "ids must be unique.")).toList();
	}

	private static String idOf(ModelElementInstance element) {
		for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
			String id = e.getAttributeValue("id");
			if (!blank(id)) {
				return id;
			}
		}
		return null;
	}

	private static List<String> split(String list) {
		return blank(list) ? List.of() : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
				.toList();
	}

	private static boolean isExpression(String value) {
		return value.contains("${") || value.contains("#{");
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
