package org.pacer.modeler;

import org.pacer.process.ProcessFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** What the changes page lists: elements added, removed and changed, and nothing for a diagram only laid out anew. */
class ModelDiffTests {

	private final String shipped = read("processes/performance-review.bpmn");

	@Test
	void anAddedStepShowsAsAddedWithItsFlowAndTheRedirectedFlowAsChanged() {
		var changes = ModelDiff.between(bytes(shipped), bytes(ProcessMigrationTests.withCheckScorecardStep(shipped)));

		assertThat(changes).extracting(ModelDiff.Change::kind, ModelDiff.Change::elementId, ModelDiff.Change::type)
				.containsExactly(
						tuple(ModelDiff.Kind.ADDED, "Flow_CheckScorecardToReviewPerformance", "sequenceFlow"),
						tuple(ModelDiff.Kind.ADDED, "Task_CheckScorecard", "userTask"),
						tuple(ModelDiff.Kind.CHANGED, "Flow_RecommendImprovementToReviewPerformance", "sequenceFlow"));
		assertThat(changes.get(2).detail()).isEqualTo("targetRef: 'Task_ReviewPerformance' → 'Task_CheckScorecard'");
	}

	@Test
	void aRemovedStepAndChangedAttributesAreNamed() {
		String changed = shipped.replace("camunda:assignee=\"${relationshipPeople.manager(relationshipId)}\" camunda:dueDate=\"${dueDates.days(3)}\"",
				"camunda:assignee=\"${relationshipPeople.manager(relationshipId)}\" camunda:dueDate=\"${dueDates.days(5)}\"")
				.replace("Task_ReviewPerformance", "Task_AssessPerformance");

		var changes = ModelDiff.between(bytes(shipped), bytes(changed));

		assertThat(changes).extracting(ModelDiff.Change::kind, ModelDiff.Change::elementId).contains(
				tuple(ModelDiff.Kind.ADDED, "Task_AssessPerformance"),
				tuple(ModelDiff.Kind.REMOVED, "Task_ReviewPerformance"),
				tuple(ModelDiff.Kind.CHANGED, "Task_ChaseMissingResults"));
		assertThat(changes).filteredOn(c -> c.elementId().equals("Task_ChaseMissingResults"))
				.extracting(ModelDiff.Change::detail)
				.containsExactly("camunda:dueDate: '${dueDates.days(3)}' → '${dueDates.days(5)}'");
	}

	@Test
	void aTimerOrConditionChangeIsAChangeOfItsElement() {
		String changed = shipped.replace(">P14D<", ">P21D<");

		assertThat(ModelDiff.between(bytes(shipped), bytes(changed))).extracting(ModelDiff.Change::elementId,
				ModelDiff.Change::detail).containsExactly(tuple("Event_AcknowledgementOverdue",
						"content changed (conditions, timers, listeners, fields or texts)"));
	}

	@Test
	void movingShapesChangesNothingThatRuns() {
		String moved = shipped.replaceAll("x=\"(\\d+)\"", "x=\"$10\"");

		assertThat(moved).isNotEqualTo(shipped);
		assertThat(ModelDiff.between(bytes(shipped), bytes(moved))).isEmpty();
	}

	@Test
	void aRatingTableRuleChangeShowsOnTheRule() {
		String table = read("processes/measure-rating.dmn");
		String changed = table.replaceFirst("&gt;= 100", "&gt;= 98");

		assertThat(changed).isNotEqualTo(table);
		assertThat(ModelDiff.between(bytes(table), bytes(changed))).extracting(ModelDiff.Change::kind,
				ModelDiff.Change::type).containsExactly(tuple(ModelDiff.Kind.CHANGED, "rule"));
	}

	@Test
	void stampingAFileChangesNothingThatRunsAndAddsTheExecutionPlatform() {
		String unstamped = shipped.replace(" modeler:executionPlatform=\"Camunda Platform\"", "")
				.replace(" modeler:executionPlatformVersion=\"7.24.0\"", "")
				.replace(" xmlns:modeler=\"http://camunda.org/schema/modeler/1.0\"", "");

		String stamped = ProcessDeployments.stamp(ProcessFile.of("performance-review.bpmn", bytes(unstamped))).text();

		assertThat(unstamped).doesNotContain("executionPlatform");
		assertThat(stamped).contains("xmlns:modeler=\"http://camunda.org/schema/modeler/1.0\"",
				"modeler:executionPlatform=\"Camunda Platform\"", "modeler:executionPlatformVersion=\"7.24.0\"");
		assertThat(ModelDiff.between(bytes(shipped), bytes(stamped))).isEmpty();
	}

	@Test
	void defaultsWrittenOutOrLeftOutAreTheSameModel() {
		String explicit = shipped.replace("<bpmn:userTask id=\"Task_ReviewPerformance\"",
				"<bpmn:userTask completionQuantity=\"1\" isForCompensation=\"false\" id=\"Task_ReviewPerformance\"");

		assertThat(ModelDiff.between(bytes(shipped), bytes(explicit))).isEmpty();
	}

	private static byte[] bytes(String xml) {
		return xml.getBytes(StandardCharsets.UTF_8);
	}

	private static String read(String file) {
		try {
			return Files.readString(Path.of(file));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
