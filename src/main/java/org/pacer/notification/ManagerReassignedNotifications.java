package org.pacer.notification;

import org.pacer.notification.NotificationService.Recipient;
import org.pacer.relationship.ManagerReassigned;
import org.pacer.time.PacerClock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Both managers hear of a handover: the new one what they now manage, the previous one where their tasks went. */
@Component
class ManagerReassignedNotifications {

	private final NotificationService notifications;

	private final PacerClock clock;

	ManagerReassignedNotifications(NotificationService notifications, PacerClock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	@EventListener
	void onHandover(ManagerReassigned handover) {
		String key = "manager:" + handover.relationshipId() + ":" + clock.now().toEpochMilli();
		String link = "/relationships/" + handover.relationshipId();
		String moved = handover.movedTasks() == 1 ? "1 open task" : handover.movedTasks() + " open tasks";
		notifications.notify(key + ":to:" + handover.newManager(), Recipient.user(handover.newManager()),
				MailKind.TASK_ASSIGNED.name(), "You now manage " + handover.relationshipName(),
				handover.actor() + " made you the manager of " + handover.relationshipName() + " instead of "
						+ handover.previousManager() + "; " + moved + " moved to you.",
				link, handover.relationshipId());
		notifications.notify(key + ":from:" + handover.previousManager(), Recipient.user(handover.previousManager()),
				MailKind.TASK_ASSIGNED.name(), handover.newManager() + " now manages " + handover.relationshipName(),
				handover.actor() + " handed " + handover.relationshipName() + " to " + handover.newManager() + "; "
						+ moved + " moved from you.",
				link, handover.relationshipId());
	}
}
