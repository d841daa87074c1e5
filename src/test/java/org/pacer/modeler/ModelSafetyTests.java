package org.pacer.modeler;

import org.pacer.process.ModelProblem;
import org.pacer.process.ProcessFile;
import static org.assertj.core.api.Assertions.assertThat;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pacer.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

/**
 * Process models are data, not code (decision 0011): each rule on a model that keeps it and one that breaks it, by
 * the validator the portal and the engine's deployer share. A refused model names the element, the line and the
 * reason.
 */
@ProcessTest
@AutoConfigureMockMvc
class ModelSafetyTests {

	@Autowired
	private ModelValidator validator;

	@Test
	void theShippedProcessesAndTheGoodModelUseOnlyAllowedShapes() throws IOException {
		assertThat(problems(Models.goodModel(UnaryOperator.identity()))).isEmpty();
		try (var files = Files.list(Path.of("processes"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertThat(validator.validate(ProcessFile.of(file.getFileName().toString(), Files.readAllBytes(file))))
						.as(file.toString()).isEmpty();
			}
		}
	}

	@Test
	void scriptTasksAreRefused() {
		String script = Models.goodModel(xml -> xml.replace("<serviceTask camunda:delegateExpression=\"${openReview}\"",
				"<scriptTask scriptFormat=\"groovy\"").replace("</serviceTask>",
						"<script>'id'.execute().text</script></scriptTask>"));
		assertRefused(script, "Task_OpenReview", "Script tasks run code on the server");
	}

	@Test
	void scriptListenersExternalScriptsAndScriptParametersAreRefused() {
		assertRefused(onUserTask("<camunda:taskListener event=\"create\"><camunda:script scriptFormat=\"javascript\">"
				+ "java.lang.Runtime.getRuntime().exec('id')</camunda:script></camunda:taskListener>"),
				"Task_ReviewPerformance", "Scripts (in listeners and input/output parameters)");
		assertRefused(onServiceTask("<camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"groovy\""
				+ " resource=\"deployment://evil.groovy\"/></camunda:executionListener>"), "Task_OpenReview",
				"Scripts (in listeners");
		assertRefused(onServiceTask("<camunda:inputOutput><camunda:inputParameter name=\"x\">"
				+ "<camunda:script scriptFormat=\"javascript\">1</camunda:script></camunda:inputParameter>"
				+ "</camunda:inputOutput>"), "Task_OpenReview", "Scripts (in listeners");
	}

	@Test
	void camundaClassIsRefusedWhereverItStands() {
		assertRefused(Models.goodModel(xml -> xml.replace("camunda:delegateExpression=\"${openReview}\"",
				"camunda:class=\"java.lang.ProcessBuilder\"")), "Task_OpenReview",
				"camunda:class 'java.lang.ProcessBuilder' makes the engine create any Java class");
		assertRefused(onUserTask("<camunda:taskListener class=\"java.lang.ProcessBuilder\" event=\"create\"/>"),
				"Task_ReviewPerformance", "camunda:class");
		assertRefused(Models.goodModel(xml -> xml.replaceFirst(
				"(<endEvent id=\"End_Closed\" name=\"End_Closed\">\\s*<incoming>[^<]*</incoming>)",
				"$1<messageEventDefinition camunda:class=\"java.lang.ProcessBuilder\"/>")), "End_Closed",
				"camunda:class");
		assertRefused(Models.goodModel(xml -> xml.replace("camunda:assignee=\"${managerId}\"",
				"camunda:assignee=\"${managerId}\" camunda:formHandlerClass=\"java.lang.ProcessBuilder\"")),
				"Task_ReviewPerformance", "camunda:formHandlerClass");
	}

	@Test
	void methodExpressionsAndTheEngineBehindExecutionAreRefused() {
		assertRefused(Models.goodModel(xml -> xml.replace("camunda:delegateExpression=\"${openReview}\"",
				"camunda:expression=\"" + Models.MEMBERSHIP + "\"")), "Task_OpenReview", "A method expression");
		assertRefused(onUserTask("<camunda:executionListener event=\"start\" expression=\"" + Models.MEMBERSHIP + "\"/>"),
				"Task_ReviewPerformance", "A method expression");
		assertRefused(Models.goodModel(xml -> xml.replace("${managerId}", Models.MEMBERSHIP)), "Task_ReviewPerformance",
				"'execution' is the engine itself");
		assertRefused(Models.goodModel(xml -> xml.replace("${openReview}", Models.MEMBERSHIP)), "Task_OpenReview",
				"must name one Pacer delegate as ${beanName}");
	}

	@Test
	void reflectionInAConditionIsRefusedOnItsFlow() {
		List<ModelProblem> problems = problems(Models.goodModel(xml -> xml.replace(">${improvementNeeded}<",
				">" + Models.RUNTIME_EXEC + "<")));
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.elementId()).startsWith("sequenceFlow_");
			assertThat(p.message()).contains("conditionExpression", "refused");
			assertThat(p.line()).isPositive();
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "${execution.getVariable('managerId')}", "${task.getExecution()}",
			"${authenticatedUserId}", "${execution.processInstanceId}", "${managerId.toUpperCase()}",
			"${''.getClass()}", "${managerId.class}", "${identityService}", "${dataSource.connection}",
			"${now()}", "${managerId['x']}", "${dueDates.getClass()}", "${dueDates.days(dueDates.days(1))}",
			"${a ? managerId : 'x'}", "${dueDates.noSuchMethod(1)}", "${recommendation.reason.bytes}" })
	void anAssigneeMayNameVariablesAndRegisteredBeansOnly(String expression) {
		assertRefused(Models.goodModel(xml -> xml.replace("${managerId}", expression)), "Task_ReviewPerformance",
				"is refused");
	}

	@ParameterizedTest
	@ValueSource(strings = { "${managerId}", "${recommendation.owner}", "#{execution.processBusinessKey}",
			"${improvementActions.ownerOf(actionId)}", "provider-${providerGroup}", "${dueDates.days(3)}",
			"${relationshipPeople.manager(relationshipId)}" })
	void variablesOnePropertyTheBusinessKeyAndRegisteredBeansPass(String expression) {
		assertThat(problems(Models.goodModel(xml -> xml.replace("${managerId}", expression)))).isEmpty();
	}

	@Test
	void anUnregisteredBeanIsRefusedWithTheBeansThatAre() {
		List<ModelProblem> problems = problems(Models.goodModel(xml -> xml.replace("${managerId}",
				"${relationshipService.get(relationshipId)}")));
		assertThat(problems).singleElement().extracting(ModelProblem::message).asString()
				.contains("'relationshipService' is no bean Pacer registers for expressions (@ProcessExpressions)",
						"dueDates", "improvementActions", "relationshipPeople");
	}

	@Test
	void conditionsCompareVariablesWithLiteralsAndCallRegisteredBeans() {
		for (String condition : List.of("${sourcingOption == 'CONTINUE'}", "${a gt 3 and not empty b || c}",
				"${!improvementNeeded &amp;&amp; x != null}", "${empty improvementActions.openActionIds(planId)}",
				"${recommendation.improvementNeeded}", "${x le -1}")) {
			assertThat(problems(Models.goodModel(xml -> xml.replace(">${improvementNeeded}<", ">" + condition + "<"))))
					.as(condition).isEmpty();
		}
		assertRefused(Models.goodModel(xml -> xml.replace(">${improvementNeeded}<", ">${a + 1 > 2}<")), null,
				"only comparisons");
	}

	@Test
	void inputOutputMappingsCalledProcessVariablesFormDefaultsAndDueDatesAreExpressionsToo() {
		assertRefused(onServiceTask("<camunda:inputOutput><camunda:inputParameter name=\"home\">"
				+ "${''.getClass().forName('java.lang.System').getenv('HOME')}</camunda:inputParameter>"
				+ "</camunda:inputOutput>"), "Task_OpenReview", "inputParameter");
		assertRefused(onServiceTask("<camunda:inputOutput><camunda:outputParameter name=\"java\">"
				+ "${System.getProperty('java.home')}</camunda:outputParameter></camunda:inputOutput>"),
				"Task_OpenReview", "'System' is no bean Pacer registers");
		assertRefused(Models.goodModel(xml -> xml.replace("name=\"CallActivity_Improvement\">",
				"name=\"CallActivity_Improvement\"><extensionElements><camunda:in sourceExpression="
						+ "\"${execution.getProcessEngine()}\" target=\"engine\"/></extensionElements>")),
				"CallActivity_Improvement",
				"camunda:in sourceExpression");
		assertRefused(onUserTask("<camunda:formData><camunda:formField id=\"f\" type=\"string\" defaultValue="
				+ "\"${task.getProcessEngineServices()}\"/></camunda:formData>"), "Task_ReviewPerformance",
				"'task' is the engine itself");
		assertRefused(Models.goodModel(xml -> xml.replace("camunda:assignee=\"${managerId}\"",
				"camunda:assignee=\"${managerId}\" camunda:dueDate=\"${dueDates.getClass().getClassLoader()}\"")),
				"Task_ReviewPerformance", "camunda:dueDate");
		assertThat(problems(onServiceTask("<camunda:inputOutput><camunda:inputParameter name=\"reminderFor\">"
				+ "Task_ReviewPerformance</camunda:inputParameter><camunda:inputParameter name=\"plan\">${planId}"
				+ "</camunda:inputParameter></camunda:inputOutput>"))).isEmpty();
	}

	@Test
	void delegateExpressionsNamePacerDelegatesOnly() {
		assertRefused(Models.goodModel(xml -> xml.replace("${openReview}", "${identityService}")), "Task_OpenReview",
				"names bean identityService, which is no Pacer delegate");
		assertRefused(Models.goodModel(xml -> xml.replace("${openReview}", "${dueDates}")), "Task_OpenReview",
				"no Pacer delegate");
		assertThat(problems(onUserTask("<camunda:taskListener delegateExpression=\"${recordReviewAssessment}\" "
				+ "event=\"complete\"/>"))).isEmpty();
	}

	@Test
	void scriptConditionsAreRefused() {
		assertRefused(Models.goodModel(xml -> xml.replace("<conditionExpression id=", "<conditionExpression "
				+ "language=\"groovy\" id=").replace(">${improvementNeeded}<", ">'id'.execute()<")), null,
				"runs as a script on the server");
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript", "groovy", "juel" })
	void decisionsInAnotherLanguageThanFeelAreRefused(String language) throws IOException {
		String shipped = Files.readString(Path.of("processes/measure-rating.dmn"));
		String onInput = shipped.replaceFirst("<inputExpression ", "<inputExpression expressionLanguage=\""
				+ language + "\" ");
		assertThat(validator.validate(dmn(onInput))).anySatisfy(p -> assertThat(p.message())
				.contains("expression language '" + language + "'", "FEEL"));
		String onDefinitions = shipped.replaceFirst("<definitions ", "<definitions expressionLanguage=\""
				+ language + "\" ");
		assertThat(validator.validate(dmn(onDefinitions))).isNotEmpty();
		assertThat(validator.validate(dmn(shipped.replaceFirst("<definitions ",
				"<definitions expressionLanguage=\"https://www.omg.org/spec/DMN/20191111/FEEL/\" ")))).isEmpty();
	}

	@Test
	void aDecisionRuleInJavascriptIsRefusedOnTheRule() throws IOException {
		String shipped = Files.readString(Path.of("processes/measure-rating.dmn"));
		String onOutput = shipped.replaceFirst("<outputEntry id=\"([^\"]+)\">",
				"<outputEntry id=\"$1\" expressionLanguage=\"javascript\">");
		assertThat(onOutput).isNotEqualTo(shipped);
		assertThat(validator.validate(dmn(onOutput))).singleElement()
				.satisfies(p -> assertThat(p.elementId()).isNotNull());
	}

	private void assertRefused(String xml, String elementId, String reason) {
		List<ModelProblem> problems = problems(xml);
		assertThat(problems).as(xml).anySatisfy(p -> {
			if (elementId != null) {
				assertThat(p.elementId()).isEqualTo(elementId);
			}
			assertThat(p.message()).contains(reason);
			assertThat(p.line()).isPositive();
		});
	}

	private static String onUserTask(String extensions) {
		return Models.goodModel(xml -> xml.replace("name=\"Review performance\">",
				"name=\"Review performance\"><extensionElements>" + extensions + "</extensionElements>"));
	}

	private static String onServiceTask(String extensions) {
		return Models.goodModel(xml -> xml.replace("name=\"Task_OpenReview\">",
				"name=\"Task_OpenReview\"><extensionElements>" + extensions + "</extensionElements>"));
	}

	private List<ModelProblem> problems(String xml) {
		return validator.validate(ProcessFile.of("validator-check.bpmn", xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static ProcessFile dmn(String xml) {
		return ProcessFile.of("measure-rating.dmn", xml.getBytes(StandardCharsets.UTF_8));
	}
}
