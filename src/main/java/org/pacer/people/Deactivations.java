package org.pacer.people;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.pacer.audit.AuditLog;
import org.pacer.common.NotFoundException;
import org.pacer.common.ValidationException;
import org.pacer.identity.Roles;
import org.pacer.notification.NotificationService;
import org.pacer.notification.NotificationService.Recipient;
import org.pacer.process.Processes;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipRepository;
import org.pacer.time.PacerClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Someone leaves: they may no longer sign in, leave their groups and leads, and their open tasks go back to where
 * others can take them: to the task's candidate group, or, for a task offered to nobody else, to its relationship's
 * manager, who is told either way. Their Camunda user stays, so every history still shows their name. Their tokens
 * (api module) end in the same transaction through {@link PersonDeactivated}; their sessions end after it commits
 * ({@link People}).
 */
@Service
@Transactional
class Deactivations {

	/** Notifications of this kind are mailed (MailKind.TASK_ASSIGNED): a returned task is new work for someone. */
	private static final String KIND = "TASK_ASSIGNED";

	private final DeactivatedPersonRepository deactivated;

	private final PeopleAccess access;

	private final ProviderLeads leads;

	private final IdentityService identity;

	private final TaskService tasks;

	private final RelationshipRepository relationships;

	private final NotificationService notifications;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final PacerClock clock;

	Deactivations(DeactivatedPersonRepository deactivated, PeopleAccess access, ProviderLeads leads,
			IdentityService identity, TaskService tasks, RelationshipRepository relationships,
			NotificationService notifications, AuditLog audit, ApplicationEventPublisher events, PacerClock clock) {
		this.deactivated = deactivated;
		this.access = access;
		this.leads = leads;
		this.identity = identity;
		this.tasks = tasks;
		this.relationships = relationships;
		this.notifications = notifications;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Returns how many open tasks were handed back. */
	int deactivate(PeopleScope me, String userId) {
		List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
				.sorted().toList();
		// a lead may close only an account that is wholly theirs: someone also in another group is not
		if (identity.createUserQuery().userId(userId).count() == 0 || deactivated.existsById(userId)
				|| !(me.admin() || access.managesAll(me, groups))) {
			throw new NotFoundException("Person", userId);
		}
		if (userId.equals(me.actor())) {
			throw ValidationException.of("userId", "You cannot deactivate yourself: ask another administrator");
		}
		deactivated.save(new DeactivatedPerson(userId, groups, me.actor(), clock.now()));
		groups.forEach(group -> identity.deleteMembership(userId, group));
		leads.dismiss(userId);
		int handedBack = handBackTasks(userId, me.actor());
		events.publishEvent(new PersonDeactivated(userId, me.actor()));
		audit.record(null, me.actor(), "PERSON_DEACTIVATED", userId + " deactivated (was in " + String.join(", ", groups)
				+ "); " + handedBack + " open task(s) handed back");
		return handedBack;
	}

	/**
	 * Lets a deactivated person in again, in the groups they left (those that still exist). Their password is still
	 * theirs; the sessions and tokens that ended stay ended, and tasks handed back stay where they went.
	 */
	List<String> reactivate(PeopleScope me, String userId) {
		DeactivatedPerson person = deactivated.findById(userId).orElse(null);
		if (person == null || !(me.admin() || access.managesAll(me, person.getFormerGroups()))) {
			throw new NotFoundException("Person", userId);
		}
		List<String> groups = person.getFormerGroups().stream()
				.filter(group -> identity.createGroupQuery().groupId(group).count() == 1).toList();
		groups.forEach(group -> identity.createMembership(userId, group));
		deactivated.delete(person);
		audit.record(null, me.actor(), "PERSON_REACTIVATED", userId + " reactivated (back in "
				+ (groups.isEmpty() ? "no group" : String.join(", ", groups)) + ")");
		return groups;
	}

	private int handBackTasks(String userId, String actor) {
		List<Task> open = tasks.createTaskQuery().taskAssignee(userId).list();
		for (Task task : open) {
			List<String> candidates = tasks.getIdentityLinksForTask(task.getId()).stream()
					.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
					.map(IdentityLink::getGroupId).toList();
			Relationship relationship = tasks.getVariable(task.getId(), Processes.RELATIONSHIP_ID.name()) instanceof Number n
					? relationships.findById(n.longValue()).orElse(null) : null;
			String manager = relationship == null || relationship.getManagerId().equals(userId) ? null
					: relationship.getManagerId();
			String where;
			if (!candidates.isEmpty()) {
				tasks.setAssignee(task.getId(), null);
				where = "back to " + String.join(", ", candidates);
			}
			else if (manager != null) {
				tasks.setAssignee(task.getId(), manager);
				where = "to you";
			}
			else {
				// nobody else is named on it: administrators pick it up and pass it on
				tasks.setAssignee(task.getId(), null);
				tasks.addCandidateGroup(task.getId(), Roles.ADMINS);
				where = "to the administrators";
			}
			Long relationshipId = relationship == null ? null : relationship.getId();
			String subject = "Task handed back: " + task.getName()
					+ (relationship == null ? "" : " · " + relationship.getName());
			String body = userId + " was deactivated by " + actor + "; their task " + task.getName() + " went "
					+ where + ".";
			notifications.notify("handback:" + task.getId() + ":" + userId, manager != null ? Recipient.user(manager)
					: Recipient.group(Roles.ADMINS), KIND, subject, body, "/tasks/" + task.getId(), relationshipId);
			audit.record(relationshipId, actor, "TASK_HANDED_BACK", task.getName() + " of " + userId + " went " + where
					.replace("to you", "to the manager " + manager));
		}
		return open.size();
	}
}
