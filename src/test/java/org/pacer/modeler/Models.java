package org.pacer.modeler;

import java.io.IOException;
import java.util.function.UnaryOperator;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;

/** Models the modeler's and the engine doors' tests deploy: a good one to change, and ones built to harm. */
public final class Models {

	private Models() {
	}

	/** A review-like process that keeps every rule: the good side of each test below. */
	public static String goodModel(UnaryOperator<String> change) {
		ProcessBuilder process = Bpmn.createExecutableProcess("validator-check").name("Validator check")
				.camundaHistoryTimeToLive(180);
		BpmnModelInstance model = process.startEvent("StartEvent_Due")
				.serviceTask("Task_OpenReview").camundaDelegateExpression("${openReview}")
				.userTask("Task_ReviewPerformance").name("Review performance").camundaAssignee("${managerId}")
				.camundaCandidateGroups("managers")
				.boundaryEvent("Event_Reminder").cancelActivity(false).timerWithDuration("P14D")
				.endEvent("End_Reminded").moveToActivity("Task_ReviewPerformance")
				.exclusiveGateway("Gateway_Improvement").name("Improvement needed?")
				.condition("yes", "${improvementNeeded}").callActivity("CallActivity_Improvement")
				.calledElement("joint-improvement").endEvent("End_Improved")
				.moveToNode("Gateway_Improvement").condition("no", "${!improvementNeeded}")
				.businessRuleTask("Task_Recommend").camundaDecisionRef("improvement-trigger")
				.intermediateCatchEvent("Event_PeriodEnds").timerWithCycle("R/P12M")
				.endEvent("End_Closed").done();
		return change.apply(Bpmn.convertToString(model));
	}

	/** 20,000 nested extension elements in 220 KB: the engine's recursive parser overflows its stack on it. */
	public static String deeplyNested(int depth) {
		return """
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:x="urn:x" id="Definitions_Deep" \
				targetNamespace="urn:pacer"><process id="deep" isExecutable="true"><extensionElements>%s%s\
				</extensionElements></process></definitions>""".formatted("<x:e>".repeat(depth), "</x:e>".repeat(depth));
	}

	public static byte[] miwgA21() throws IOException {
		try (var in = Models.class.getResourceAsStream("/models/miwg-A.2.1.bpmn")) {
			return in.readAllBytes();
		}
	}

	/** Makes paula an administrator when it runs: the finding this decision answers. */
	public static final String MEMBERSHIP = "${execution.getProcessEngineServices().getIdentityService()"
			+ ".createMembership('paula','camunda-admin')}";

	public static final String RUNTIME_EXEC = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime')"
			+ ".invoke(null).exec('touch /tmp/pacer-owned')}";
}
