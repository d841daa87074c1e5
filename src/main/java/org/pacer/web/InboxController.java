package org.pacer.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.pacer.identity.Access;
import org.pacer.identity.CurrentUser;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipRepository;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** My tasks and my groups' tasks, soonest due first, with claim and unclaim. */
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

	/** A line of the inbox. */
	public record InboxItem(Task task, Relationship relationship, boolean overdue, boolean dueSoon, boolean mine) {
	}

	@GetMapping("/tasks")
	public String inbox(Model model) {
		CurrentUser me = access.me();
		List<Task> mine = tasks.createTaskQuery().taskAssignee(me.id()).list();
		List<Task> offered = tasks.createTaskQuery().taskCandidateUser(me.id()).list();
		List<InboxItem> mineItems = items(mine, true);
		List<InboxItem> groupItems = items(offered, false);
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

	/** Relationship of each task from its business key, in two queries whatever the number of tasks. */
	private List<InboxItem> items(List<Task> list, boolean mine) {
		Set<String> instanceIds = list.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
		Map<String, Long> relationshipOf = instanceIds.isEmpty() ? Map.of()
				: runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
						.filter(p -> p.getBusinessKey() != null)
						.collect(Collectors.toMap(ProcessInstance::getId, p -> relationshipId(p.getBusinessKey())));
		Map<Long, Relationship> byId = relationships.findAllById(Set.copyOf(relationshipOf.values())).stream()
				.collect(Collectors.toMap(Relationship::getId, Function.identity()));
		Instant now = clock.now();
		Instant soon = now.plusSeconds(3 * 24 * 3600);
		return list.stream()
				.map(t -> {
					Date due = t.getDueDate();
					return new InboxItem(t, byId.get(relationshipOf.get(t.getProcessInstanceId())),
							due != null && due.toInstant().isBefore(now),
							due != null && !due.toInstant().isBefore(now) && due.toInstant().isBefore(soon), mine);
				})
				.filter(i -> i.relationship() != null && access.canSee(i.relationship()))
				.sorted(Comparator.comparing((InboxItem i) -> i.task().getDueDate(),
						Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
	}

	private static Long relationshipId(String businessKey) {
		int slash = businessKey.indexOf('/');
		return Long.valueOf(slash < 0 ? businessKey : businessKey.substring(0, slash));
	}
}
