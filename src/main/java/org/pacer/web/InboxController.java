package org.pacer.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.pacer.identity.Access;
import org.pacer.identity.CurrentUser;
import org.pacer.process.Processes;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipRepository;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** My tasks and my groups' tasks, soonest due first, with claim and unclaim (of group tasks only). */
@Controller
public class InboxController {

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final RelationshipRepository relationships;

	private final Access access;

	private final PacerClock clock;

	public InboxController(TaskService tasks, RuntimeService runtime, RelationshipRepository relationships,
			Access access, PacerClock clock) {
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

	@GetMapping("/tasks")
	public String inbox(Model model) {
		CurrentUser me = access.me();
		List<Task> mine = tasks.createTaskQuery().taskAssignee(me.id()).list();
		List<Task> offered = tasks.createTaskQuery().taskCandidateUser(me.id()).list();
		// only a task offered to a group can go back to it; a personal assignment has nowhere to go
		Set<String> groupTasks = tasks.createTaskQuery().taskAssignee(me.id()).withCandidateGroups()
				.includeAssignedTasks().list().stream().map(Task::getId).collect(Collectors.toSet());
		List<InboxItem> mineItems = items(mine, true, groupTasks);
		List<InboxItem> groupItems = items(offered, false, Set.of());
		model.addAttribute("mine", mineItems);
		model.addAttribute("offered", groupItems);
		model.addAttribute("overdue", mineItems.stream().filter(InboxItem::overdue).count()
				+ groupItems.stream().filter(InboxItem::overdue).count());
		return "inbox";
	}

	@PostMapping("/tasks/{taskId}/claim")
	public String claim(@PathVariable String taskId) {
		Task task = access.workableTask(taskId);
		if (task.getAssignee() == null) {
			tasks.claim(taskId, access.me().id());
		}
		return "redirect:/tasks";
	}

	@PostMapping("/tasks/{taskId}/unclaim")
	public String unclaim(@PathVariable String taskId) {
		Task task = access.workableTask(taskId);
		// only group tasks go back to the group; a personal assignment stays
		boolean groupTask = tasks.getIdentityLinksForTask(taskId).stream().anyMatch(l -> l.getGroupId() != null);
		if (groupTask && access.me().id().equals(task.getAssignee())) {
			tasks.setAssignee(taskId, null);
		}
		return "redirect:/tasks";
	}

	/** Relationship (and period) of each task from its business key, in two queries whatever the number of tasks. */
	private List<InboxItem> items(List<Task> list, boolean mine, Set<String> groupTasks) {
		Set<String> instanceIds = list.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
		Map<String, String> businessKeyOf = instanceIds.isEmpty() ? Map.of()
				: runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
						.filter(p -> p.getBusinessKey() != null)
						.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
		Map<Long, Relationship> byId = relationships
				.findAllById(businessKeyOf.values().stream().map(Processes::relationshipOf).filter(Objects::nonNull)
						.collect(Collectors.toSet()))
				.stream().collect(Collectors.toMap(Relationship::getId, Function.identity()));
		Instant now = clock.now();
		Instant soon = now.plusSeconds(3 * 24 * 3600);
		return list.stream()
				.map(t -> {
					Date due = t.getDueDate();
					String businessKey = businessKeyOf.get(t.getProcessInstanceId());
					Relationship relationship = businessKey == null ? null : byId.get(Processes.relationshipOf(businessKey));
					return new InboxItem(t, relationship, period(businessKey, relationship),
							due != null && due.toInstant().isBefore(now),
							due != null && !due.toInstant().isBefore(now) && due.toInstant().isBefore(soon), mine,
							groupTasks.contains(t.getId()));
				})
				.filter(i -> i.relationship() == null || access.canSee(i.relationship()))
				.sorted(Comparator.comparing((InboxItem i) -> i.task().getDueDate(),
						Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
	}

	/** A review's business key is "<relationshipId>/<periodStart>"; the other processes' keys name no period. */
	private static String period(String businessKey, Relationship relationship) {
		int slash = businessKey == null ? -1 : businessKey.indexOf('/');
		return slash < 0 || relationship == null ? null
				: relationship.periodLabel(LocalDate.parse(businessKey.substring(slash + 1)));
	}
}
