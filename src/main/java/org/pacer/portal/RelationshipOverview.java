package org.pacer.portal;

import org.pacer.relationship.Relationship;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.pacer.process.Processes;
import org.pacer.scorecard.ScorecardFigures;
import org.pacer.scorecard.ScorecardService;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How relationships stand, read for many at once. The list and the dashboard cost one query per kind of data
 * (scorecards, running lifecycles, their schedule, open tasks, the tasks' instances) whatever the number of
 * relationships.
 */
@Service
class RelationshipOverview {

	private final ScorecardService scorecards;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final PacerClock clock;

	public RelationshipOverview(ScorecardService scorecards, RuntimeService runtime, TaskService tasks,
			PacerClock clock) {
		this.scorecards = scorecards;
		this.runtime = runtime;
		this.tasks = tasks;
		this.clock = clock;
	}

	/** The period the running lifecycle waits on, and the day it ends and its review starts. */
	public record NextReview(LocalDate periodStart, LocalDate startsOn) {

		/** Whether the period's last day falls in the month. */
		public boolean periodEndsIn(YearMonth month) {
			return YearMonth.from(startsOn.minusDays(1)).equals(month);
		}
	}

	/**
	 * One relationship's line: its standings oldest first, its next review (null when none is scheduled), its open
	 * tasks.
	 */
	public record Line(Relationship relationship, List<ScorecardFigures> standings, NextReview nextReview,
			List<Task> openTasks) {

		/** The standing of the latest scorecard, or null before the first review. */
		public ScorecardFigures latest() {
			return standings.isEmpty() ? null : standings.get(standings.size() - 1);
		}

		/** Whether the provider delivers the level it must, as the latest scorecard found. */
		public boolean atExpectedLevel() {
			Integer expected = relationship.getExpectedLevel();
			Integer achieved = relationship.getAchievedLevel();
			return expected != null && achieved != null && achieved >= expected;
		}
	}

	@Transactional(readOnly = true)
	public List<Line> linesOf(List<Relationship> relationships) {
		if (relationships.isEmpty()) {
			return List.of();
		}
		Set<Long> ids = relationships.stream().map(Relationship::getId).collect(Collectors.toSet());
		Map<Long, List<ScorecardFigures>> standings = scorecards.figuresOf(ids);
		Map<Long, NextReview> nextReviews = nextReviews(ids);
		Map<Long, List<Task>> openTasks = openTasks(ids);
		return relationships.stream()
				.map(r -> new Line(r, standings.getOrDefault(r.getId(), List.of()), nextReviews.get(r.getId()),
						openTasks.getOrDefault(r.getId(), List.of())))
				.toList();
	}

	/** The running lifecycle of a relationship, if there is one. */
	public Optional<ProcessInstance> lifecycleOf(long relationshipId) {
		return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(Processes.LIFECYCLE)
				.processInstanceBusinessKey(Long.toString(relationshipId)).singleResult());
	}

	/** The period each running lifecycle waits on, from its variables: two queries. */
	private Map<Long, NextReview> nextReviews(Set<Long> ids) {
		Map<String, Long> relationshipOf = listed(
				runtime.createProcessInstanceQuery().processDefinitionKey(Processes.LIFECYCLE).list(), ids);
		if (relationshipOf.isEmpty()) {
			return Map.of();
		}
		Map<String, Map<String, Object>> variables = new HashMap<>();
		for (VariableInstance v : runtime.createVariableInstanceQuery()
				.processInstanceIdIn(relationshipOf.keySet().toArray(String[]::new))
				.variableNameIn("periodStart", "periodEndsAt").list()) {
			variables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
		}
		Map<Long, NextReview> next = new HashMap<>();
		variables.forEach((instanceId, values) -> {
			if (values.get("periodStart") instanceof String start
					&& values.get("periodEndsAt") instanceof Date endsAt) {
				next.put(relationshipOf.get(instanceId), new NextReview(LocalDate.parse(start),
						LocalDate.ofInstant(endsAt.toInstant(), clock.zone())));
			}
		});
		return next;
	}

	/** Open tasks by relationship, from their instances' business keys: two queries whatever the number of tasks. */
	private Map<Long, List<Task>> openTasks(Set<Long> ids) {
		List<Task> open = tasks.createTaskQuery().active().orderByDueDate().asc().list();
		// a standalone task (made by hand in Tasklist) has no instance and belongs to no relationship
		Set<String> instanceIds = open.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
				.collect(Collectors.toSet());
		Map<String, Long> relationshipOf = instanceIds.isEmpty() ? Map.of()
				: listed(runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list(), ids);
		return open.stream()
				.filter(t -> relationshipOf.containsKey(t.getProcessInstanceId()))
				.collect(Collectors.groupingBy(t -> relationshipOf.get(t.getProcessInstanceId())));
	}

	/** Instance id to relationship id, for the instances of the listed relationships. */
	private static Map<String, Long> listed(List<ProcessInstance> instances, Set<Long> ids) {
		return instances.stream()
				.filter(p -> ids.contains(Processes.relationshipOf(p.getBusinessKey())))
				.collect(Collectors.toMap(ProcessInstance::getId, p -> Processes.relationshipOf(p.getBusinessKey())));
	}

	/** A code as words: {@code AWAITING_RESULTS} reads "Awaiting results". */
	public String words(Object code) {
		String text = code == null ? "" : code.toString();
		if (text.isEmpty()) {
			return text;
		}
		text = text.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
