package org.pacer.notification;

import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.pacer.identity.Actors;
import org.pacer.notification.NotificationService.Recipient;
import org.pacer.process.Processes;
import org.pacer.relationship.RelationshipRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about their new tasks, for every user task of every process: the assignee, or each candidate group
 * (whose members get the mail) and candidate user. It hears the engine's task events through Camunda's Spring
 * eventing bridge, inside the engine's transaction, so a task whose creation rolls back notifies nobody. The
 * notification's key names the task and the recipient: the create and assignment events of one task, or a retried
 * job, notify once.
 * <p>
 * Taking a task yourself (claim) is not news to you, so an assignment to the acting user is skipped. Chase tasks that
 * exist because a deadline passed are escalations, their own kind of mail.
 */
@Component
class TaskNotifications {

	/** User tasks that a timer on a missed deadline creates (see docs/processes.md). */
	static final Set<String> ESCALATIONS = Set.of("Task_ChaseMissingResults", "Task_ChaseOverdueAction");

	private final NotificationService notifications;

	private final RelationshipRepository relationships;

	public TaskNotifications(NotificationService notifications, RelationshipRepository relationships) {
		this.notifications = notifications;
		this.relationships = relationships;
	}

	@EventListener(condition = "#task.eventName == 'create' or #task.eventName == 'assignment'")
	public void onTask(DelegateTask task) {
		String assignee = task.getAssignee();
		boolean created = TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
		if (assignee != null && (created || !assignee.equals(Actors.current()))) {
			tell(task, Recipient.user(assignee));
		}
		else if (assignee == null && created) {
			for (IdentityLink candidate : task.getCandidates()) {
				if (IdentityLinkType.CANDIDATE.equals(candidate.getType())) {
					tell(task, candidate.getGroupId() != null ? Recipient.group(candidate.getGroupId())
							: Recipient.user(candidate.getUserId()));
				}
			}
		}
	}

	private void tell(DelegateTask task, Recipient to) {
		boolean escalation = ESCALATIONS.contains(task.getTaskDefinitionKey());
		MailKind kind = escalation ? MailKind.ESCALATION : MailKind.TASK_ASSIGNED;
		Long relationshipId = task.getVariable(Processes.RELATIONSHIP_ID.name()) instanceof Number n ? n.longValue()
				: null;
		String relationship = relationshipId == null ? null
				: relationships.findById(relationshipId).map(r -> r.getName()).orElse(null);
		String subject = (escalation ? "Deadline passed: " : "New task: ") + task.getName()
				+ (relationship == null ? "" : " · " + relationship);
		StringBuilder body = new StringBuilder(escalation
				? "A deadline has passed and the next step is yours: " + task.getName() + "."
				: (to.group() != null ? "Your team has a new task: " : "You have a new task: ") + task.getName() + ".");
		if (relationship != null) {
			body.append(" Relationship: ").append(relationship).append('.');
		}
		if (task.getDueDate() != null) {
			body.append(" Due ").append(new SimpleDateFormat("d MMM yyyy", Locale.ENGLISH).format(task.getDueDate()))
					.append('.');
		}
		String recipient = to.user() != null ? "user:" + to.user() : "group:" + to.group();
		notifications.notify(kind.name().toLowerCase(Locale.ROOT) + ":" + task.getId() + ":" + recipient, to,
				kind.name(), subject, body.toString(), "/tasks/" + task.getId(), relationshipId);
	}
}
