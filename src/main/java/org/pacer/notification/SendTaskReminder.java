package org.pacer.notification;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.pacer.notification.NotificationService.Recipient;
import org.pacer.process.Processes;
import org.springframework.stereotype.Component;

/**
 * Reminder service tasks (Task_SendResultsReminder, Task_RemindPlanSubmission, Task_RemindSourcingBoard): reminds
 * whoever holds the open task named by the input parameter {@code reminderFor}, once per task.
 */
@Component("sendTaskReminder")
class SendTaskReminder implements JavaDelegate {

	private final TaskService tasks;

	private final NotificationService notifications;

	public SendTaskReminder(TaskService tasks, NotificationService notifications) {
		this.tasks = tasks;
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String taskKey = (String) execution.getVariable("reminderFor");
		Object relationshipId = execution.getVariable(Processes.RELATIONSHIP_ID.name());
		for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
				.taskDefinitionKey(taskKey).list()) {
			Recipient to = task.getAssignee() != null ? Recipient.user(task.getAssignee()) : candidateGroup(task);
			notifications.notify("reminder:" + task.getId(), to, "REMINDER", "Reminder: " + task.getName(),
					"This task is due " + task.getDueDate() + ".", "/tasks/" + task.getId(),
					relationshipId instanceof Number n ? n.longValue() : null);
		}
	}

	private Recipient candidateGroup(Task task) {
		return tasks.getIdentityLinksForTask(task.getId()).stream()
				.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
				.map(IdentityLink::getGroupId).findFirst().map(Recipient::group)
				.orElse(Recipient.user(task.getOwner()));
	}
}
