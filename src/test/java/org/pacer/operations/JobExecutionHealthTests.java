package org.pacer.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** Readiness and the job executor: ready when it runs, or when this node is meant to run none. */
class JobExecutionHealthTests {

	private final JobExecutor jobExecutor = mock(JobExecutor.class);

	@Test
	void aRunningJobExecutorIsReady() {
		when(jobExecutor.isActive()).thenReturn(true);

		assertThat(new JobExecutionHealth(jobExecutor, true).health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aJobExecutorThatShouldRunButDoesNotMakesTheNodeNotReady() {
		when(jobExecutor.isActive()).thenReturn(false);

		Health health = new JobExecutionHealth(jobExecutor, true).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails().get("jobExecutor").toString()).startsWith("not running");
	}

	@Test
	void aNodeSetUpWithoutJobExecutionIsReadyWithoutIt() {
		when(jobExecutor.isActive()).thenReturn(false);

		Health health = new JobExecutionHealth(jobExecutor, false).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("jobExecutor", "switched off on this node");
	}
}
