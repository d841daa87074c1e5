package org.pacer.operations;

import java.util.List;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.pacer.process.Processes;
import org.pacer.time.PacerClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pacer's figures for Prometheus. Each gauge is one count query, run when it is scraped: nothing is kept in memory,
 * so every node of a cluster reports the same shared figures (take max, not sum, across nodes).
 */
@Component
class PacerMetrics implements MeterBinder {

	static final List<String> PROCESSES = List.of(Processes.LIFECYCLE, Processes.PERFORMANCE_REVIEW,
			Processes.JOINT_IMPROVEMENT, Processes.SOURCING_DECISION);

	/** A published review's standing, from its scorecard: its worst rating, NO_DATA when nothing was rated. */
	private static final String PUBLISHED = "select count(*) from scorecard s join performance_review r on r.id = s.review_id "
			+ "where r.status = 'PUBLISHED' and ";

	private static final List<String[]> STANDINGS = List.of(
			new String[] { "RED", "s.red_count > 0" },
			new String[] { "AMBER", "s.red_count = 0 and s.amber_count > 0" },
			new String[] { "GREEN", "s.red_count = 0 and s.amber_count = 0 and s.green_count > 0" },
			new String[] { "NO_DATA", "s.red_count = 0 and s.amber_count = 0 and s.green_count = 0" });

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final JdbcTemplate jdbc;

	private final PacerClock clock;

	public PacerMetrics(TaskService tasks, RuntimeService runtime, ManagementService management, JdbcTemplate jdbc,
			PacerClock clock) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.management = management;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String process : PROCESSES) {
			gauge(registry, "pacer.tasks.open", "Open user tasks", "process", process,
					() -> tasks.createTaskQuery().processDefinitionKey(process).count());
			gauge(registry, "pacer.tasks.overdue", "Open user tasks past their due date", "process", process,
					() -> tasks.createTaskQuery().processDefinitionKey(process).dueBefore(clock.nowAsDate()).count());
		}
		Gauge.builder("pacer.incidents.open", () -> runtime.createIncidentQuery().count())
				.description("Open incidents (failed jobs out of retries and the like), to look at in Cockpit")
				.register(registry);
		Gauge.builder("pacer.jobs.backlog", () -> management.createJobQuery().executable().count())
				.description("Jobs due now and waiting for a job executor").register(registry);
		for (String[] standing : STANDINGS) {
			gauge(registry, "pacer.reviews.published", "Published performance reviews by standing", "standing",
					standing[0], () -> jdbc.queryForObject(PUBLISHED + standing[1], Long.class));
		}
		for (String status : List.of("PENDING", "SENDING", "FAILED")) {
			gauge(registry, "pacer.mail.deliveries", "Mails in the outbox by status", "status", status,
					() -> jdbc.queryForObject("select count(*) from mail_delivery where status = ?", Long.class, status));
		}
	}

	private static void gauge(MeterRegistry registry, String name, String description, String tag, String value,
			Supplier<Number> count) {
		Gauge.builder(name, count).description(description).tag(tag, value).register(registry);
	}
}
