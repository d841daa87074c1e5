package org.pacer.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.pacer.taskform.TaskForms;
import org.pacer.relationship.RelationshipAccess;
import org.pacer.identity.CurrentUser;
import org.pacer.process.Processes;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipRepository;
import org.pacer.time.PacerClock;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** My tasks and my groups' tasks, paged, filtered and sorted in the database, with claim and unclaim of group tasks. */
@Controller
class InboxController {

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final RelationshipRepository relationships;

	private final RelationshipAccess access;

	private final TaskForms taskForms;

	private final PacerClock clock;

	private final RepositoryService repository;

	public InboxController(TaskService tasks, RuntimeService runtime, RelationshipRepository relationships,
			RelationshipAccess access, TaskForms taskForms, PacerClock clock, RepositoryService repository) {
		this.taskForms = taskForms;
		this.repository = repository;
		this.tasks = tasks;
		this.runtime = runtime;
		this.relationships = relationships;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * A line of the inbox. The period is set for the tasks of a review (and of its improvement); a group task that
	 * is mine can go back to the group. A task of a process a process owner built outside any relationship has none:
	 * the engine offered it to me, so it is listed without one.
	 */
	public record InboxItem(Task task, Relationship relationship, String period, boolean overdue, boolean dueSoon,
			boolean mine, boolean groupTask) {

		public boolean canUnclaim() {
			return mine && groupTask;
		}
	}

	/** Tasks a page shows per table. */
	static final int PAGE_SIZE = 50;

	/** Beyond this many relationships a search names, the inbox asks for a narrower search instead of a huge query. */
	static final int MAX_SEARCH_MATCHES = 100;

	/**
	 * What the inbox was asked for, as typed in the address bar: every value is text, so nothing fails to bind;
	 * a value that means nothing (a page "abc", an unknown step) filters to what it names, or is left out.
	 */
	public record InboxQuery(String page, String groupPage, String step, String due, String relationship,
			String provider, String q, String sort) {

		String search() {
			return q == null ? "" : q.strip();
		}
	}

	/** One table's page: its lines, how many tasks match in all, and where the pager leads. */
	public record InboxPage(List<InboxItem> items, long total, int page, int pages, String previous, String next) {

		public long first() {
			return total == 0 ? 0 : (long) page * PAGE_SIZE + 1;
		}

		public long last() {
			return Math.min(total, (long) (page + 1) * PAGE_SIZE);
		}
	}

	/** A step people can filter by: a user task of Pacer's processes. */
	public record Step(String key, String name) {
	}

	/**
	 * My tasks and my groups' tasks, 50 a page each, filtered, sorted and counted by the engine's task query in the
	 * database: a fixed number of queries whatever the number of open tasks.
	 */
	@GetMapping("/tasks")
	public String inbox(@ModelAttribute("query") InboxQuery query, Model model) {
		CurrentUser me = access.me();
		Instant now = clock.now();
		List<Long> asked = relationshipsAskedFor(me, query);
		boolean tooWide = asked != null && asked.size() > MAX_SEARCH_MATCHES;
		List<Long> ids = tooWide ? List.of() : asked;
		long mineTotal = filtered(tasks.createTaskQuery().taskAssignee(me.id()), query, ids, now).count();
		long offeredTotal = filtered(tasks.createTaskQuery().taskCandidateUser(me.id()), query, ids, now).count();
		int minePage = pageOf(query.page(), mineTotal);
		int offeredPage = pageOf(query.groupPage(), offeredTotal);
		List<Task> mine = sorted(filtered(tasks.createTaskQuery().taskAssignee(me.id()), query, ids, now), query)
				.listPage(minePage * PAGE_SIZE, PAGE_SIZE);
		List<Task> offered = sorted(filtered(tasks.createTaskQuery().taskCandidateUser(me.id()), query, ids, now),
				query).listPage(offeredPage * PAGE_SIZE, PAGE_SIZE);
		// only a task offered to a group can go back to it; a personal assignment has nowhere to go
		Set<String> groupTasks = mine.isEmpty() ? Set.of()
				: tasks.createTaskQuery().taskAssignee(me.id()).withCandidateGroups().includeAssignedTasks()
						.taskIdIn(mine.stream().map(Task::getId).toArray(String[]::new)).list().stream()
						.map(Task::getId).collect(Collectors.toSet());
		model.addAttribute("mine", page(items(mine, true, groupTasks, now), mineTotal, minePage,
				p -> link(query, p, offeredPage)));
		model.addAttribute("offered", page(items(offered, false, Set.of(), now), offeredTotal, offeredPage,
				p -> link(query, minePage, p)));
		// mine or offered to me (a candidate's task is unassigned, so none is counted twice), in one count
		model.addAttribute("overdue", tasks.createTaskQuery().or().taskAssignee(me.id()).taskCandidateUser(me.id())
				.endOr().dueBefore(Date.from(now)).count());
		model.addAttribute("steps", steps());
		model.addAttribute("searchTooWide", tooWide);
		model.addAttribute("filtered", asked != null || notBlank(query.step()) || notBlank(query.due()));
		return "inbox";
	}

	@PostMapping("/tasks/{taskId}/claim")
	public String claim(@PathVariable String taskId) {
		Task task = taskForms.workableTask(taskId);
		if (task.getAssignee() == null) {
			tasks.claim(taskId, access.me().id());
		}
		return "redirect:/tasks";
	}

	@PostMapping("/tasks/{taskId}/unclaim")
	public String unclaim(@PathVariable String taskId) {
		Task task = taskForms.workableTask(taskId);
		// only group tasks go back to the group; a personal assignment stays
		boolean groupTask = tasks.getIdentityLinksForTask(taskId).stream().anyMatch(l -> l.getGroupId() != null);
		if (groupTask && access.me().id().equals(task.getAssignee())) {
			tasks.setAssignee(taskId, null);
		}
		return "redirect:/tasks";
	}

	/** Relationship (and period) of each task from its business key, in two queries whatever the number of tasks. */
	private List<InboxItem> items(List<Task> list, boolean mine, Set<String> groupTasks, Instant now) {
		Set<String> instanceIds = list.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
				.collect(Collectors.toSet());
		Map<String, String> businessKeyOf = instanceIds.isEmpty() ? Map.of()
				: runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
						.filter(p -> p.getBusinessKey() != null)
						.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
		Map<Long, Relationship> byId = relationships
				.findByIdIn(businessKeyOf.values().stream().map(Processes::relationshipOf).filter(Objects::nonNull)
						.collect(Collectors.toSet()))
				.stream().collect(Collectors.toMap(Relationship::getId, Function.identity()));
		Instant soon = now.plusSeconds(3 * 24 * 3600);
		return list.stream()
				.map(t -> {
					Date due = t.getDueDate();
					// a task made by hand in Tasklist belongs to no process instance
					String businessKey = t.getProcessInstanceId() == null ? null
							: businessKeyOf.get(t.getProcessInstanceId());
					Relationship relationship = businessKey == null ? null : byId.get(Processes.relationshipOf(businessKey));
					return new InboxItem(t, relationship, period(businessKey, relationship),
							due != null && due.toInstant().isBefore(now),
							due != null && !due.toInstant().isBefore(now) && due.toInstant().isBefore(soon), mine,
							groupTasks.contains(t.getId()));
				})
				// the engine offered these tasks to me; a relationship I may not see is still never shown
				.filter(i -> i.relationship() == null || access.canSee(i.relationship()))
				.toList();
	}

	/**
	 * The relationships a filter or search names, among those the user may see; null when none is asked for. Pacer's
	 * processes all carry the relationship's id as the variable relationshipId, which the engine's query filters on.
	 */
	private List<Long> relationshipsAskedFor(CurrentUser me, InboxQuery query) {
		List<Long> asked = null;
		if (notBlank(query.relationship())) {
			asked = idOf(query.relationship()).map(List::of).orElse(List.of());
		}
		if (notBlank(query.provider())) {
			List<Long> ofProvider = idOf(query.provider()).map(relationships::idsOfProvider).orElse(List.of());
			asked = asked == null ? ofProvider : asked.stream().filter(ofProvider::contains).toList();
		}
		if (!query.search().isEmpty()) {
			String pattern = "%" + query.search().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
					.replace("_", "\\_") + "%";
			List<Long> matching = relationships.idsMatching(pattern, Limit.of(MAX_SEARCH_MATCHES + 1));
			asked = asked == null ? matching : asked.stream().filter(matching::contains).toList();
		}
		if (asked == null || me.seesAllRelationships()) {
			return asked;
		}
		Set<Long> visible = access.visibleRelationships().stream().map(Relationship::getId).collect(Collectors.toSet());
		return asked.stream().filter(visible::contains).toList();
	}

	private static TaskQuery filtered(TaskQuery query, InboxQuery asked, List<Long> relationshipIds, Instant now) {
		if (notBlank(asked.step())) {
			query.taskDefinitionKey(asked.step().strip());
		}
		if ("overdue".equals(asked.due())) {
			query.dueBefore(Date.from(now));
		}
		else if ("week".equals(asked.due())) {
			query.dueAfter(Date.from(now)).dueBefore(Date.from(now.plus(7, ChronoUnit.DAYS)));
		}
		if (relationshipIds == null) {
			return query;
		}
		if (relationshipIds.isEmpty()) {
			// nothing matches: a query that finds nothing, rather than every task
			return query.processVariableValueEquals(Processes.RELATIONSHIP_ID.name(), -1L);
		}
		if (relationshipIds.size() == 1) {
			return query.processVariableValueEquals(Processes.RELATIONSHIP_ID.name(), relationshipIds.get(0));
		}
		TaskQuery any = query.or();
		relationshipIds.forEach(id -> any.processVariableValueEquals(Processes.RELATIONSHIP_ID.name(), id));
		return any.endOr();
	}

	private static TaskQuery sorted(TaskQuery query, InboxQuery asked) {
		TaskQuery ordered = switch (asked.sort() == null ? "due" : asked.sort()) {
			case "name" -> query.orderByTaskName().asc();
			case "created" -> query.orderByTaskCreateTime().desc();
			default -> query.orderByDueDate().asc();
		};
		// a stable order, so no task shows on two pages or on none
		return ordered.orderByTaskId().asc();
	}

	/** The page asked for; 0 for anything that is not a page number, the last page for one past the end. */
	private static int pageOf(String asked, long total) {
		int last = total == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (total - 1) / PAGE_SIZE);
		String digits = asked == null ? "" : asked.strip();
		if (!digits.matches("\\d+")) {
			return 0;
		}
		return digits.length() > 9 ? last : Math.min(Integer.parseInt(digits), last);
	}

	private static InboxPage page(List<InboxItem> items, long total, int page, IntFunction<String> link) {
		int pages = total == 0 ? 1 : (int) Math.min(Integer.MAX_VALUE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		return new InboxPage(items, total, page, pages, page > 0 ? link.apply(page - 1) : null,
				page + 1 < pages ? link.apply(page + 1) : null);
	}

	/** The address of another page, keeping the filters. */
	private static String link(InboxQuery query, int page, int groupPage) {
		Map<String, Object> kept = new LinkedHashMap<>();
		kept.put("page", page);
		kept.put("groupPage", groupPage);
		kept.put("step", query.step());
		kept.put("due", query.due());
		kept.put("relationship", query.relationship());
		kept.put("provider", query.provider());
		kept.put("q", query.q());
		kept.put("sort", query.sort());
		return ListPage.address("/tasks", kept);
	}

	/** The user tasks of Pacer's processes, for the step filter. */
	private List<Step> steps() {
		List<Step> steps = new ArrayList<>();
		for (String key : List.of(Processes.LIFECYCLE, Processes.PERFORMANCE_REVIEW, Processes.JOINT_IMPROVEMENT,
				Processes.SOURCING_DECISION)) {
			ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
					.latestVersion().singleResult();
			if (definition != null) {
				repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
						.forEach(task -> steps.add(new Step(task.getId(), task.getName())));
			}
		}
		return steps;
	}

	private static Optional<Long> idOf(String text) {
		String digits = text.strip();
		return digits.matches("\\d{1,18}") ? Optional.of(Long.valueOf(digits)) : Optional.empty();
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

	/** A review's business key is "<relationshipId>/<periodStart>"; the other processes' keys name no period. */
	private static String period(String businessKey, Relationship relationship) {
		int slash = businessKey == null ? -1 : businessKey.indexOf('/');
		return slash < 0 || relationship == null ? null
				: relationship.periodLabel(LocalDate.parse(businessKey.substring(slash + 1)));
	}
}
