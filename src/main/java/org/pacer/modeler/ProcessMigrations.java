package org.pacer.modeler;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionsBuilder;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.pacer.process.ModelProblem;
import org.pacer.common.NotFoundException;
import org.pacer.common.ValidationException;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves running instances of an older version to a newer one with Camunda's migration API: a plan generated from
 * equal activity ids, plus the process owner's mapping for renamed ones; a preview of which instance can move and
 * why not; the move itself as a batch whose progress and failures the page polls.
 * <p>
 * The preview runs outside a Spring transaction on purpose: the engine refuses a bad plan with an exception, which
 * would mark a surrounding transaction rollback-only although the preview only reads.
 */
@Service
class ProcessMigrations {

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final ManagementService management;

	private final MigrationRunRepository runs;

	private final PacerClock clock;

	public ProcessMigrations(RuntimeService runtime, RepositoryService repository, ManagementService management,
			MigrationRunRepository runs, PacerClock clock) {
		this.runtime = runtime;
		this.repository = repository;
		this.management = management;
		this.runs = runs;
		this.clock = clock;
	}

	/** A step of a version, as offered for mapping. */
	public record Step(String id, String name, String type) {

		public String label() {
			return (name == null || name.isBlank() ? id : name + " (" + id + ")");
		}
	}

	/** A running instance: where it waits, and whether the plan moves it. */
	public record InstancePreview(String id, String businessKey, List<String> waitingAt, boolean canMove, String reason) {
	}

	/**
	 * The plan and what it does to each running instance. Problems are the engine's objections to the plan itself;
	 * with any, nothing can move.
	 */
	public record Preview(String sourceId, String targetId, Map<String, String> mapping, List<String> instructions,
			List<String> problems, List<Step> unmappedWaitingSteps, List<Step> targetSteps,
			List<InstancePreview> instances) {

		public long movable() {
			return instances.stream().filter(InstancePreview::canMove).count();
		}
	}

	public Preview preview(String sourceId, String targetId, Map<String, String> manual) {
		requireVersions(sourceId, targetId);
		Map<String, String> mapping = cleaned(manual);
		List<String> problems = new ArrayList<>();
		MigrationPlan plan = null;
		try {
			plan = plan(sourceId, targetId, mapping);
		}
		catch (MigrationPlanValidationException e) {
			e.getValidationReport().getInstructionReports().forEach(report -> report.getFailures()
					.forEach(f -> problems.add(describe(report.getMigrationInstruction()) + ": " + f)));
			if (problems.isEmpty()) {
				problems.add(ModelProblem.messageOf(e));
			}
		}
		catch (BadUserRequestException e) {
			problems.add(ModelProblem.messageOf(e));
		}
		Set<String> mapped = plan == null ? Set.of() : plan.getInstructions().stream()
				.map(MigrationInstruction::getSourceActivityId).collect(Collectors.toSet());
		Map<String, Step> sourceSteps = steps(sourceId);
		List<InstancePreview> instances = new ArrayList<>();
		Set<String> unmappedWaiting = new LinkedHashSet<>();
		for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(sourceId)
				.orderByProcessInstanceId().asc().list()) {
			List<String> waiting = activitiesOf(runtime.getActivityInstance(instance.getId()));
			List<String> unmapped = waiting.stream().filter(a -> !mapped.contains(a)).toList();
			unmappedWaiting.addAll(unmapped);
			String reason = plan == null ? "The plan has problems (see above)."
					: unmapped.isEmpty() ? "" : "Waits at " + unmapped.stream().map(a -> label(sourceSteps, a))
							.collect(Collectors.joining(", ")) + ", which the new version has no step for: map it below.";
			instances.add(new InstancePreview(instance.getId(), instance.getBusinessKey(),
					waiting.stream().map(a -> label(sourceSteps, a)).toList(), plan != null && unmapped.isEmpty(), reason));
		}
		return new Preview(sourceId, targetId, mapping,
				plan == null ? List.of() : plan.getInstructions().stream().map(ProcessMigrations::describe).toList(),
				problems, unmappedWaiting.stream().map(a -> sourceSteps.getOrDefault(a, new Step(a, a, ""))).toList(),
				List.copyOf(steps(targetId).values()), instances);
	}

	/** Starts the batch for the instances that can move; the caller follows it with {@link #progress(String)}. */
	@Transactional
	public MigrationRun start(String sourceId, String targetId, Map<String, String> manual, String user) {
		Preview preview = preview(sourceId, targetId, manual);
		if (!preview.problems().isEmpty()) {
			throw ValidationException.of("plan", String.join("; ", preview.problems()));
		}
		List<String> movable = preview.instances().stream().filter(InstancePreview::canMove).map(InstancePreview::id)
				.toList();
		if (movable.isEmpty()) {
			throw ValidationException.of("instances", "No running instance of this version can move with this plan.");
		}
		Batch batch = runtime.newMigration(plan(sourceId, targetId, preview.mapping())).processInstanceIds(movable)
				.executeAsync();
		return runs.save(new MigrationRun(batch.getId(), sourceId, targetId, movable, user, clock.now()));
	}

	/** One instance's outcome as far as known now. */
	public record InstanceOutcome(String id, String businessKey, String state) {
	}

	public record Progress(MigrationRun run, boolean finished, long totalJobs, long completedJobs, long failedJobs,
			List<String> failures, List<InstanceOutcome> instances) {

		public long moved() {
			return instances.stream().filter(i -> i.state().equals("moved")).count();
		}

		public int percent() {
			return totalJobs == 0 ? (finished ? 100 : 0) : (int) (100 * (completedJobs + failedJobs) / totalJobs);
		}
	}

	@Transactional(readOnly = true)
	public Progress progress(String batchId) {
		MigrationRun run = runs.findById(batchId).orElseThrow(() -> new NotFoundException("Migration", batchId));
		Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
		BatchStatistics statistics = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
		List<String> failures = batch == null ? List.of()
				: management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).withException().list()
						.stream().map(Job::getExceptionMessage).distinct().toList();
		long total = statistics == null ? run.instanceIds().size() : statistics.getTotalJobs();
		long completed = statistics == null ? total : statistics.getCompletedJobs();
		long failed = statistics == null ? 0 : statistics.getFailedJobs();
		// done when the engine removed the batch, or when only failed jobs are left
		boolean finished = batch == null || statistics != null && statistics.getRemainingJobs() == failed
				&& statistics.getJobsCreated() == total;
		Map<String, ProcessInstance> now = runtime.createProcessInstanceQuery()
				.processInstanceIds(new LinkedHashSet<>(run.instanceIds())).list().stream()
				.collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
		List<InstanceOutcome> outcomes = run.instanceIds().stream().map(id -> {
			ProcessInstance instance = now.get(id);
			if (instance == null) {
				return new InstanceOutcome(id, null, "ended before it could move");
			}
			String state = run.getTargetDefinitionId().equals(instance.getProcessDefinitionId()) ? "moved"
					: finished ? "not moved" : "waiting";
			return new InstanceOutcome(id, instance.getBusinessKey(), state);
		}).toList();
		return new Progress(run, finished, total, completed, failed, failures, outcomes);
	}

	private MigrationPlan plan(String sourceId, String targetId, Map<String, String> mapping) {
		MigrationInstructionsBuilder builder = runtime.createMigrationPlan(sourceId, targetId).mapEqualActivities();
		mapping.forEach((from, to) -> builder.mapActivities(from, to));
		return builder.build();
	}

	private void requireVersions(String sourceId, String targetId) {
		for (String id : List.of(sourceId, targetId)) {
			if (id == null || repository.createProcessDefinitionQuery().processDefinitionId(id).count() == 0) {
				throw new NotFoundException("Process version", id);
			}
		}
		String sourceKey = repository.getProcessDefinition(sourceId).getKey();
		if (!sourceKey.equals(repository.getProcessDefinition(targetId).getKey())) {
			throw ValidationException.of("target", "Instances move between versions of one process only.");
		}
	}

	/** Mappings chosen in the form: blank choices mean "no mapping". */
	private static Map<String, String> cleaned(Map<String, String> manual) {
		Map<String, String> mapping = new LinkedHashMap<>();
		manual.forEach((from, to) -> {
			if (from != null && !from.isBlank() && to != null && !to.isBlank()) {
				mapping.put(from.trim(), to.trim());
			}
		});
		return mapping;
	}

	/** Every activity an instance is in, from the process's scope down, including those about to start (async). */
	private static List<String> activitiesOf(ActivityInstance root) {
		List<String> ids = new ArrayList<>();
		collect(root, ids, true);
		return ids;
	}

	private static void collect(ActivityInstance instance, List<String> ids, boolean root) {
		if (!root) {
			ids.add(instance.getActivityId());
		}
		for (TransitionInstance transition : instance.getChildTransitionInstances()) {
			ids.add(transition.getActivityId());
		}
		for (ActivityInstance child : instance.getChildActivityInstances()) {
			collect(child, ids, false);
		}
	}

	private Map<String, Step> steps(String definitionId) {
		Collection<FlowNode> nodes = repository.getBpmnModelInstance(definitionId).getModelElementsByType(FlowNode.class);
		Map<String, Step> steps = new LinkedHashMap<>();
		nodes.stream().sorted((a, b) -> a.getId().compareTo(b.getId()))
				.forEach(n -> steps.put(n.getId(), new Step(n.getId(), n.getName(), n.getElementType().getTypeName())));
		return steps;
	}

	private static String label(Map<String, Step> steps, String id) {
		Step step = steps.get(id);
		return step == null ? id : step.label();
	}

	private static String describe(MigrationInstruction instruction) {
		return instruction.getSourceActivityId() + " → " + instruction.getTargetActivityId();
	}
}
