package org.pacer.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pacer.ModuleContext;
import org.pacer.notification.NotificationService.Recipient;
import org.pacer.relationship.RelationshipRepository;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The notification module with the clock it reads. The task listener's lookup of a task's relationship is a
 * stand-in: no process runs here, and these notifications name no relationship.
 */
@ApplicationModuleTest(extraIncludes = "time")
@ModuleContext
class NotificationModuleTests {

	@MockitoBean
	private RelationshipRepository relationships;

	@Autowired
	private NotificationService notifications;

	@Autowired
	private PacerClock clock;

	@AfterEach
	void backToNow() {
		clock.backToNow();
	}

	@Test
	void anEventNotifiesOnceAndReachesItsUserAndTheMembersOfItsGroup() {
		// given
		clock.travelTo(LocalDateTime.of(2026, 5, 4, 8, 0));
		notifications.notify("module-test:1", Recipient.user("maria"), "TASK_ASSIGNED", "First", null, "/", null);
		clock.travelTo(LocalDateTime.of(2026, 5, 4, 9, 0));
		notifications.notify("module-test:2", Recipient.group("provider-acme"), "REMINDER", "Second", null, "/", null);
		notifications.notify("module-test:3", Recipient.user("tom"), "TASK_ASSIGNED", "Not hers", null, "/", null);

		// when the first event comes again (a retried job)
		boolean again = notifications.notify("module-test:1", Recipient.user("maria"), "TASK_ASSIGNED", "First",
				null, "/", null);

		// then
		assertThat(again).isFalse();
		List<Notification> marias = notifications.pageFor("maria", List.of("provider-acme"), 0).getContent();
		assertThat(marias).extracting(Notification::getSubject).containsExactly("Second", "First");
		assertThat(notifications.pageFor("vera", List.of("provider-acme"), 0).getContent()).extracting(Notification::getSubject)
				.containsExactly("Second");
	}
}
