package org.pacer.modeler;

import org.pacer.process.BadProcessFile;
import org.pacer.process.ModelProblem;
import org.pacer.process.ProcessFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.pacer.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

/**
 * Every validation rule on a model that keeps it and one that breaks it, and the file checks that come before any
 * parser. The good model is a small process in Pacer's style; each broken one changes one thing in it.
 */
@ProcessTest
@AutoConfigureMockMvc
class ModelValidatorTests {

	@Autowired
	private ModelValidator validator;

	@Test
	void theGoodModelAndEveryShippedFileHaveNoProblem() throws IOException {
		assertThat(problems(Models.goodModel(UnaryOperator.identity()))).isEmpty();
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertThat(validator.validate(ProcessFile.of(file.getFileName().toString(), Files.readAllBytes(file))))
						.as(file.toString()).isEmpty();
			}
		}
	}

	@Test
	void aFileThatDoesNotParseIsOneProblemWithoutElement() {
		List<ModelProblem> problems = problems(Models.goodModel(xml -> xml.replace("<startEvent", "<startEvnt")
				.replace("</startEvent>", "</startEvnt>")));
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0).elementId()).isNull();
		assertThat(problems.get(0).message()).startsWith("The BPMN does not parse");
	}

	@Test
	void aUserTaskNeedsAnAssigneeOrCandidateGroupThatExists() {
		assertThat(problems(Models.goodModel(xml -> xml.replace(" camunda:assignee=\"${managerId}\"", "")
				.replace(" camunda:candidateGroups=\"managers\"", ""))))
				.containsExactly(new ModelProblem("Task_ReviewPerformance",
						"Nobody would see this task: give it an assignee or a candidate group."));
		assertThat(problems(Models.goodModel(xml -> xml.replace("camunda:candidateGroups=\"managers\"",
				"camunda:candidateGroups=\"managers, no-such-group\"")))).extracting(ModelProblem::message)
				.containsExactly("Candidate group 'no-such-group' is no Pacer group.");
		assertThat(problems(Models.goodModel(xml -> xml.replace("${managerId}", "nobody-here"))))
				.extracting(ModelProblem::message).containsExactly("Assignee 'nobody-here' is no Pacer user.");
		// an expression is resolved when the task starts, so it passes
		assertThat(problems(Models.goodModel(xml -> xml.replace("\"managers\"", "\"${providerGroup}\"")))).isEmpty();
	}

	@Test
	void aDelegateExpressionMustNameAnExistingBean() {
		assertThat(problems(Models.goodModel(xml -> xml.replace("${openReview}", "${openReviw}"))))
				.containsExactly(new ModelProblem("Task_OpenReview",
						"Delegate expression ${openReviw} names no bean of Pacer; pick one from the Pacer templates."));
		assertThat(problems(Models.goodModel(xml -> xml.replace("${openReview}", "openReview"))))
				.extracting(ModelProblem::elementId).containsExactly("Task_OpenReview");
		// listeners count too, reported on their task
		assertThat(problems(Models.goodModel(xml -> xml.replace("name=\"Review performance\">", """
				name="Review performance"><extensionElements>\
				<camunda:taskListener delegateExpression="${recordNothing}" event="complete"/>\
				</extensionElements>"""))))
				.containsExactly(new ModelProblem("Task_ReviewPerformance", "Delegate expression ${recordNothing} "
						+ "names no bean of Pacer; pick one from the Pacer templates."));
	}

	@ParameterizedTest
	@ValueSource(strings = { "P14X", "fourteen days", "${unclosed" })
	void aTimerDurationMustParse(String duration) {
		List<ModelProblem> problems = problems(Models.goodModel(xml -> xml.replace(">P14D<", ">" + duration + "<")));
		assertThat(problems).extracting(ModelProblem::elementId).containsExactly("Event_Reminder");
		assertThat(problems.get(0).message()).contains(duration);
	}

	@ParameterizedTest
	@ValueSource(strings = { "PT12H", "${dueDates.days(3)}" })
	void otherDurationsAndExpressionsPass(String duration) {
		assertThat(problems(Models.goodModel(xml -> xml.replace(">P14D<", ">" + duration + "<")))).isEmpty();
	}

	@Test
	void timerCyclesAndDatesParseAsTheEngineReadsThem() {
		assertThat(problems(Models.goodModel(xml -> xml.replace(">R/P12M<", ">0 0 9 * * ?<")))).isEmpty();
		assertThat(problems(Models.goodModel(xml -> xml.replace(">R/P12M<", ">every year<"))))
				.extracting(ModelProblem::elementId).containsExactly("Event_PeriodEnds");
		assertThat(problems(Models.goodModel(xml -> xml.replace("<timeCycle", "<timeDate")
				.replace("</timeCycle>", "</timeDate>").replace(">R/P12M<", ">2026-13-45T09:00:00<"))))
				.extracting(ModelProblem::elementId).containsExactly("Event_PeriodEnds");
	}

	@Test
	void everyFlowOutOfAnExclusiveGatewayHasAConditionOrIsTheDefault() {
		String withoutCondition = Models.goodModel(xml -> xml.replaceFirst(
				"<conditionExpression[^>]*>\\$\\{!improvementNeeded}</conditionExpression>", ""));
		List<ModelProblem> problems = problems(withoutCondition);
		assertThat(problems).hasSize(1);
		assertThat(problems.get(0).message()).contains("'Improvement needed?'").contains("without a condition");
		String flowId = problems.get(0).elementId();
		assertThat(withoutCondition).contains("id=\"" + flowId + "\"");

		String asDefault = withoutCondition.replace("<exclusiveGateway id=\"Gateway_Improvement\"",
				"<exclusiveGateway id=\"Gateway_Improvement\" default=\"" + flowId + "\"");
		assertThat(problems(asDefault)).isEmpty();
	}

	@Test
	void calledProcessesAndDecisionsMustBeDeployed() {
		assertThat(problems(Models.goodModel(xml -> xml.replace("\"joint-improvement\"", "\"joint-improvment\""))))
				.containsExactly(new ModelProblem("CallActivity_Improvement",
						"Called process 'joint-improvment' is not deployed."));
		assertThat(problems(Models.goodModel(xml -> xml.replace("\"improvement-trigger\"", "\"no-such-table\""))))
				.containsExactly(new ModelProblem("Task_Recommend", "Decision 'no-such-table' is not deployed."));
	}

	@Test
	void historyTimeToLiveMustBeSet() {
		assertThat(problems(Models.goodModel(xml -> xml.replace(" camunda:historyTimeToLive=\"180\"", ""))))
				.extracting(ModelProblem::elementId).containsExactly("validator-check");
		assertThat(problems(Models.goodModel(xml -> xml.replace("camunda:historyTimeToLive=\"180\"",
				"camunda:historyTimeToLive=\"half a year\"")))).extracting(ModelProblem::elementId)
				.containsExactly("validator-check");
		assertThat(problems(Models.goodModel(xml -> xml.replace("camunda:historyTimeToLive=\"180\"",
				"camunda:historyTimeToLive=\"P180D\"")))).isEmpty();
	}

	@Test
	void idsMustBeUniqueAndReadable() {
		assertThat(problems(Models.goodModel(xml -> xml.replace("Task_OpenReview", "Activity_0k2x9qz"))))
				.extracting(ModelProblem::elementId).containsExactly("Activity_0k2x9qz");
		assertThat(problems(Models.goodModel(xml -> xml.replace("StartEvent_Due", "StartEvent_1"))))
				.extracting(ModelProblem::elementId).containsExactly("StartEvent_1");
		assertThat(problems(Models.goodModel(xml -> xml.replace("\"End_Closed\"", "\"End_Improved\""))))
				.containsExactly(new ModelProblem("End_Improved",
						"The id End_Improved is used by more than one element; ids must be unique."));
	}

	@Test
	void decisionsNeedHistoryTimeToLiveAndATableTheEngineReads() throws IOException {
		String shipped = Files.readString(Path.of("processes/measure-rating.dmn"));
		assertThat(validator.validate(dmn(shipped.replace(" camunda:historyTimeToLive=\"P180D\"", ""))))
				.extracting(ModelProblem::elementId).containsExactly("measure-rating");
		assertThat(validator.validate(dmn(shipped.replace("hitPolicy=\"UNIQUE\"", "hitPolicy=\"SOMETIMES\""))))
				.hasSize(1).allMatch(p -> p.message().startsWith("The DMN does not parse")
						|| p.message().startsWith("The decision engine refuses"));
	}

	@Test
	void aFileWithADoctypeOrEntitiesIsRefusedBeforeAnyParser() {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">&secret;</definitions>
				""";
		assertThatThrownBy(() -> ProcessFile.of("evil.bpmn", xxe.getBytes(StandardCharsets.UTF_8)))
				.isInstanceOf(BadProcessFile.class).hasMessageContaining("DOCTYPE");
	}

	@ParameterizedTest
	@MethodSource("notBpmnOrDmn")
	void anythingThatIsNotBpmnOrDmnIsRefusedWithAClearMessage(byte[] content, String message) {
		assertThatThrownBy(() -> ProcessFile.of("upload.bpmn", content)).isInstanceOf(BadProcessFile.class)
				.hasMessageContaining(message);
	}

	static Stream<org.junit.jupiter.params.provider.Arguments> notBpmnOrDmn() {
		return Stream.of(
				org.junit.jupiter.params.provider.Arguments.of(new byte[0], "empty"),
				org.junit.jupiter.params.provider.Arguments.of(new byte[ProcessFile.MAX_BYTES + 1], "at most"),
				org.junit.jupiter.params.provider.Arguments.of("%PDF-1.7 binary".getBytes(StandardCharsets.UTF_8),
						"not well-formed XML"),
				org.junit.jupiter.params.provider.Arguments.of(
						"<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>".getBytes(StandardCharsets.UTF_8),
						"neither BPMN nor DMN"));
	}

	@Test
	void aFileNestedTooDeepOrWithTooManyElementsIsRefusedBeforeAnyParser() {
		byte[] deep = Models.deeplyNested(20_000).getBytes(StandardCharsets.UTF_8);
		assertThat(deep.length).isBetween(200_000, ProcessFile.MAX_BYTES);
		assertThatThrownBy(() -> ProcessFile.of("deep.bpmn", deep)).isInstanceOf(BadProcessFile.class)
				.hasMessageContaining("deeper than " + ProcessFile.MAX_DEPTH);
		assertThat(ProcessFile.of("deep.bpmn", Models.deeplyNested(ProcessFile.MAX_DEPTH - 4).getBytes(StandardCharsets.UTF_8))
				.kind()).isEqualTo(ProcessFile.Kind.BPMN);
		String wide = Models.deeplyNested(1).replace("<x:e></x:e>", "<x:e/>".repeat(ProcessFile.MAX_ELEMENTS));
		assertThatThrownBy(() -> ProcessFile.of("wide.bpmn", wide.getBytes(StandardCharsets.UTF_8)))
				.isInstanceOf(BadProcessFile.class).hasMessageContaining("more than " + ProcessFile.MAX_ELEMENTS);
	}

	@Test
	void theMiwgReferenceFileA21IsAnsweredWithProblemsNotAnException() throws IOException {
		List<ModelProblem> problems = validator.validate(ProcessFile.of("A.2.1.bpmn", Models.miwgA21()));
		assertThat(problems).extracting(ModelProblem::message)
				.contains("No executable process: mark the process as executable.");
	}

	@Test
	void theFileNameFollowsWhatTheFileHolds() {
		byte[] bpmn = Models.goodModel(UnaryOperator.identity()).getBytes(StandardCharsets.UTF_8);
		assertThat(ProcessFile.of("review", bpmn).resourceName()).isEqualTo("review.bpmn");
		assertThat(ProcessFile.of("../../etc/review.bpmn", bpmn).resourceName()).isEqualTo("review.bpmn");
		assertThatThrownBy(() -> ProcessFile.of("review.dmn", bpmn)).isInstanceOf(BadProcessFile.class)
				.hasMessageContaining("holds BPMN");
	}

	private List<ModelProblem> problems(String xml) {
		return validator.validate(ProcessFile.of("validator-check.bpmn", xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static ProcessFile dmn(String xml) {
		return ProcessFile.of("measure-rating.dmn", xml.getBytes(StandardCharsets.UTF_8));
	}
}
