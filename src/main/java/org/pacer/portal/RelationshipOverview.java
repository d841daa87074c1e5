package org.pacer.portal;

import org.pacer.relationship.Relationship;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.JobQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.pacer.process.Processes;
import org.pacer.relationship.RelationshipRepository;
import org.pacer.review.ReviewService;
import org.pacer.scorecard.ScorecardFigures;
import org.pacer.scorecard.ScorecardService;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a page of relationships stands. The list and the dashboard cost one query per kind of data (scorecards,
 * running lifecycles, their schedule, open tasks, the tasks' instances) whatever the number of relationships, and
 * each query asks for the page's relationships only.
 */
@Service
class RelationshipOverview {

	private final ScorecardService scorecards;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	private final HistoryService history;

	private final ReviewService reviews;

	private final RelationshipRepository relationships;

	private final PacerClock clock;

	/** The lifecycle's timer that waits for the end of the period under way; its due date is the period's end. */
	static final String PERIOD_ENDS = "Event_PeriodEnds";

	public RelationshipOverview(ScorecardService scorecards, RuntimeService runtime, TaskService tasks,
			ManagementService management, HistoryService history, ReviewService reviews,
			RelationshipRepository relationships, PacerClock clock) {
		this.scorecards = scorecards;
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
		this.history = history;
		this.reviews = reviews;
		this.relationships = relationships;
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

	/** The first of the open tasks past their due date, and how many there are. */
	public record OverdueTasks(List<OverdueTask> first, long total) {
	}

	/** An open task past its due date, with its relationship. */
	public record OverdueTask(Task task, Relationship relationship) {
	}

	/** The first of the lifecycles whose period ends in a month, and how many there are. */
	public record DueReviews(List<DueReview> first, long total) {
	}

	/** A relationship whose period ends in the month, and its next review. */
	public record DueReview(Relationship relationship, NextReview nextReview) {
	}

	/**
	 * The open tasks of Pacer's processes past their due date, most overdue first: the engine's count query and one
	 * page of its task query, then the page's instances and relationships (four queries whatever the number).
	 */
	@Transactional(readOnly = true)
	public OverdueTasks overdueTasks(int first) {
		Date now = clock.nowAsDate();
		long total = overdue(now).count();
		List<Task> page = overdue(now).orderByDueDate().asc().orderByTaskId().asc().listPage(0, first);
		Map<String, Relationship> relationshipOf = relationshipsOfInstances(
				page.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull).collect(Collectors.toSet()));
		return new OverdueTasks(page.stream().filter(t -> relationshipOf.containsKey(t.getProcessInstanceId()))
				.map(t -> new OverdueTask(t, relationshipOf.get(t.getProcessInstanceId()))).toList(), total);
	}

	private TaskQuery overdue(Date now) {
		// the processes Pacer runs for relationships; a standalone task or a process of no relationship is not here
		return tasks.createTaskQuery().active().processDefinitionKeyIn(Processes.LIFECYCLE,
				Processes.PERFORMANCE_REVIEW, Processes.JOINT_IMPROVEMENT, Processes.SOURCING_DECISION)
				.dueBefore(now);
	}

	/**
	 * The lifecycles whose period ends in the month (their review opens from the 2nd to the 1st of the next month),
	 * soonest first: the engine's count and one page of the lifecycle's "Period ends" timers, then the page's
	 * instances, relationships and periods (five queries whatever the number).
	 */
	@Transactional(readOnly = true)
	public DueReviews reviewsDueIn(YearMonth month, int first) {
		Date from = Date.from(month.atDay(2).atStartOfDay(clock.zone()).toInstant());
		Date to = Date.from(month.plusMonths(1).atDay(2).atStartOfDay(clock.zone()).toInstant());
		long total = periodEnds(from, to).count();
		List<Job> timers = periodEnds(from, to).orderByJobDuedate().asc().orderByJobId().asc().listPage(0, first);
		Set<String> instanceIds = timers.stream().map(Job::getProcessInstanceId).collect(Collectors.toSet());
		Map<String, Relationship> relationshipOf = relationshipsOfInstances(instanceIds);
		Map<String, Object> periodOf = instanceIds.isEmpty() ? Map.of()
				: runtime.createVariableInstanceQuery().processInstanceIdIn(instanceIds.toArray(String[]::new))
						.variableName("periodStart").list().stream()
						.collect(Collectors.toMap(VariableInstance::getProcessInstanceId, VariableInstance::getValue));
		return new DueReviews(timers.stream()
				.filter(j -> relationshipOf.containsKey(j.getProcessInstanceId())
						&& periodOf.get(j.getProcessInstanceId()) instanceof String)
				.map(j -> new DueReview(relationshipOf.get(j.getProcessInstanceId()),
						new NextReview(LocalDate.parse((String) periodOf.get(j.getProcessInstanceId())),
								LocalDate.ofInstant(j.getDuedate().toInstant(), clock.zone()))))
				.toList(), total);
	}

	private JobQuery periodEnds(Date from, Date to) {
		return management.createJobQuery().timers().processDefinitionKey(Processes.LIFECYCLE)
				.activityId(PERIOD_ENDS).duedateHigherThenOrEquals(from).duedateLowerThan(to);
	}

	/** The relationship of each instance, from its business key: two queries. */
	private Map<String, Relationship> relationshipsOfInstances(Set<String> instanceIds) {
		if (instanceIds.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> idOf = new HashMap<>();
		runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
				.filter(p -> Processes.relationshipOf(p.getBusinessKey()) != null)
				.forEach(p -> idOf.put(p.getId(), Processes.relationshipOf(p.getBusinessKey())));
		Map<Long, Relationship> byId = relationships.findByIdIn(Set.copyOf(idOf.values())).stream()
				.collect(Collectors.toMap(Relationship::getId, r -> r));
		Map<String, Relationship> relationshipOf = new HashMap<>();
		idOf.forEach((instance, id) -> {
			if (byId.containsKey(id)) {
				relationshipOf.put(instance, byId.get(id));
			}
		});
		return relationshipOf;
	}

	/** The running lifecycle of a relationship, if there is one. */
	public Optional<ProcessInstance> lifecycleOf(long relationshipId) {
		return Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(Processes.LIFECYCLE)
				.processInstanceBusinessKey(Long.toString(relationshipId)).singleResult());
	}

	/**
	 * The period each running lifecycle of the relationships waits on, from its variables: two queries. The
	 * lifecycles are found by their business keys (the relationship's id) in the engine's history, whose instance
	 * query takes a list of keys; a query on the runtime's variables, one condition a relationship, was slow.
	 */
	private Map<Long, NextReview> nextReviews(Set<Long> ids) {
		Map<String, Long> relationshipOf = history.createHistoricProcessInstanceQuery()
				.processDefinitionKey(Processes.LIFECYCLE).unfinished()
				.processInstanceBusinessKeyIn(ids.stream().map(String::valueOf).toArray(String[]::new)).list().stream()
				.collect(Collectors.toMap(HistoricProcessInstance::getId,
						p -> Processes.relationshipOf(p.getBusinessKey())));
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

	/**
	 * Open tasks of the relationships, by relationship, from their instances' business keys: three queries whatever
	 * the number of tasks. Pacer's processes are keyed by the relationship's id (lifecycle, sourcing decision) or by
	 * the id and a review's period (review, improvement), so the keys come from the relationships and their reviews,
	 * and the task query takes them as one list.
	 */
	private Map<Long, List<Task>> openTasks(Set<Long> ids) {
		List<String> keys = new ArrayList<>();
		ids.forEach(id -> keys.add(id.toString()));
		reviews.periodsOf(ids).forEach(r -> keys.add(Processes.reviewKey(r.relationshipId(), r.periodStart())));
		List<Task> open = tasks.createTaskQuery().active().processInstanceBusinessKeyIn(keys.toArray(String[]::new))
				.orderByDueDate().asc().list();
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
