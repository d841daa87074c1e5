package org.pacer.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness (management.endpoint.health.group.readiness): a node whose job executor should run but does not
 * would leave timers and async steps to the others, so it is not ready. A node set up without a job executor
 * (camunda.bpm.job-execution.enabled=false, a web-only node) is ready without one.
 */
@Component("jobExecution")
class JobExecutionHealth implements HealthIndicator {

	private final JobExecutor jobExecutor;

	private final boolean enabled;

	@Autowired
	public JobExecutionHealth(ProcessEngine engine,
			@Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled) {
		this(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor(), enabled);
	}

	JobExecutionHealth(JobExecutor jobExecutor, boolean enabled) {
		this.jobExecutor = jobExecutor;
		this.enabled = enabled;
	}

	@Override
	public Health health() {
		if (!enabled) {
			return Health.up().withDetail("jobExecutor", "switched off on this node").build();
		}
		if (jobExecutor != null && jobExecutor.isActive()) {
			return Health.up().withDetail("jobExecutor", "running").build();
		}
		return Health.down().withDetail("jobExecutor", "not running: this node would run no timers or async steps")
				.build();
	}
}
