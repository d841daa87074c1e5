package org.pacer.taskform;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.pacer.common.NotFoundException;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Directory;
import org.pacer.process.Processes;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipAccess;
import org.pacer.time.PacerClock;
import org.springframework.stereotype.Component;

/**
 * A task that is no longer open, as a link in a notification or a mail still names it: who completed it and when,
 * for the people it was for. Anyone else gets the same 404 as for a task that never was.
 */
@Component
class FinishedTasks {

	/** What the page says about a finished task; completedBy is null when the process closed it unfinished. */
	record FinishedTask(String name, String completedBy, ZonedDateTime endedAt, Relationship relationship) {
	}

	private final HistoryService history;

	private final RelationshipAccess access;

	private final Directory directory;

	private final PacerClock clock;

	FinishedTasks(HistoryService history, RelationshipAccess access, Directory directory, PacerClock clock) {
		this.history = history;
		this.access = access;
		this.directory = directory;
		this.clock = clock;
	}

	Optional<FinishedTask> find(String taskId) {
		HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
		if (task == null) {
			return Optional.empty();
		}
		CurrentUser me = CurrentUser.signedIn();
		Relationship relationship = relationshipOf(task);
		boolean staffWhoSeesIt = me.seesAllRelationships() && (relationship == null || access.canSee(relationship));
		if (!staffWhoSeesIt && !me.id().equals(task.getAssignee()) && !offeredToMyGroups(taskId, me)) {
			return Optional.empty();
		}
		boolean completed = "completed".equals(task.getDeleteReason());
		return Optional.of(new FinishedTask(task.getName(),
				completed && task.getAssignee() != null ? directory.displayName(task.getAssignee()) : null,
				task.getEndTime().toInstant().atZone(clock.zone()), relationship));
	}

	private Relationship relationshipOf(HistoricTaskInstance task) {
		HistoricProcessInstance process = task.getProcessInstanceId() == null ? null
				: history.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
						.singleResult();
		Long id = process == null ? null : Processes.relationshipOf(process.getBusinessKey());
		if (id == null) {
			return null;
		}
		try {
			return access.relationship(id);
		}
		catch (NotFoundException notVisible) {
			// another provider's: the page names no relationship (and shows only to whom the task was for)
			return null;
		}
	}

	private boolean offeredToMyGroups(String taskId, CurrentUser me) {
		Set<String> offeredTo = history.createHistoricIdentityLinkLogQuery().taskId(taskId)
				.type(IdentityLinkType.CANDIDATE).list().stream().map(HistoricIdentityLinkLog::getGroupId)
				.filter(group -> group != null).collect(Collectors.toSet());
		return me.groups().stream().anyMatch(offeredTo::contains);
	}
}
