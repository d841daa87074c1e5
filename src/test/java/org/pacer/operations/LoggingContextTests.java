package org.pacer.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.relationship.Relationship;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A log line written while the engine runs a process's step names that process instance and its business key. */
@ProcessTest
@ExtendWith(OutputCaptureExtension.class)
class LoggingContextTests {

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private PacerClock clock;

	@Test
	void logsOfAProcessStepCarryTheInstanceAndBusinessKey(CapturedOutput output) {
		LocalDate period = clock.today().withDayOfMonth(1).minusMonths(1);
		Relationship relationship = fixtures.measuredRelationship(period, 1, 1, 0);
		try {
			ProcessInstance review = fixtures.startReview(relationship, period);

			// NotificationService logs when Task_NotifyProvider tells the provider
			assertThat(output.getOut()).containsPattern("\\[pi=" + review.getId() + " bk="
					+ review.getBusinessKey().replace("/", "\\/") + "\\].*Notified .*REVIEW_OPENED");
		}
		finally {
			fixtures.removeInstancesOf(List.of(relationship.getId()));
		}
	}
}
