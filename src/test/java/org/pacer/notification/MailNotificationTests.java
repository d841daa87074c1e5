package org.pacer.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.identity.Actors;
import org.pacer.improvement.ActionDraft;
import org.pacer.improvement.ImprovementPlan;
import org.pacer.improvement.ImprovementService;
import org.pacer.improvement.OwnerSide;
import org.pacer.notification.Mailboxes.Mail;
import org.pacer.relationship.Relationship;
import org.pacer.review.PerformanceReview;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Each kind of mail, from the event that causes it to the mail GreenMail receives: one mail per person, in Pacer's
 * words, with an absolute link to the task or relationship. And a person who opted out of a kind gets none.
 */
@ProcessTest
class MailNotificationTests {

	private static final String BASE = "http://localhost:8080";

	@RegisterExtension
	static GreenMailExtension smtp = Mailboxes.smtpServer();

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private MailOutbox outbox;

	@Autowired
	private NotificationPreferences preferences;

	@Autowired
	private ImprovementService improvements;

	@Autowired
	private IdentityService identity;

	@Autowired
	private TaskService tasks;

	@Autowired
	private ManagementService management;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PacerClock clock;

	private JavaMailSenderImpl sender;

	private Relationship relationship;

	private String provider;

	private String managerAddress;

	private String providerAddress;

	@BeforeEach
	void peopleWithAddresses() {
		Mailboxes.forgetEarlierNotifications(jdbc);
		sender = Mailboxes.senderTo(smtp.getSmtp().getPort());
		relationship = fixtures.measuredRelationship(clock.today().withDayOfMonth(1).minusMonths(3), 1, 1, 0);
		provider = fixtures.providerUser(relationship);
		managerAddress = Mailboxes.giveAddress(identity, CycleFixtures.MANAGER);
		providerAddress = Mailboxes.giveAddress(identity, provider);
	}

	@AfterEach
	void removeInstances() {
		fixtures.removeInstancesOf(List.of(relationship.getId()));
	}

	@Test
	void aGroupTaskMailsTheGroupThenItsReminderAndTheOverdueEscalationToTheManagerFollow() {
		LocalDate period = clock.today().withDayOfMonth(1).minusMonths(3);
		ProcessInstance review = fixtures.startReview(relationship, period);
		Task results = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();

		outbox.dispatch(sender);
		List<Mail> offered = Mailboxes.receivedBy(smtp, providerAddress);

		management.executeJob(timer(review, "Event_ResultsReminder"));
		outbox.dispatch(sender);
		List<Mail> reminded = Mailboxes.receivedBy(smtp, providerAddress);

		management.executeJob(timer(review, "Event_ResultsOverdue"));
		Task chase = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();
		outbox.dispatch(sender);

		assertThat(offered).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).isEqualTo("Pacer: New task: Submit period results · " + relationship.getName());
			assertThat(mail.text()).contains("Your team has a new task: Submit period results.")
					.contains(BASE + "/tasks/" + results.getId()).contains(BASE + "/account/notifications");
		});
		assertThat(reminded).hasSize(2).last().satisfies(mail -> {
			assertThat(mail.subject()).isEqualTo("Pacer: Reminder: Submit period results");
			assertThat(mail.text()).contains("A task is due soon.").contains(BASE + "/tasks/" + results.getId());
		});
		assertThat(chase.getTaskDefinitionKey()).isEqualTo("Task_ChaseMissingResults");
		assertThat(Mailboxes.receivedBy(smtp, managerAddress)).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).startsWith("Pacer: Deadline passed: Chase missing results");
			assertThat(mail.text()).contains("A deadline has passed and it needs you.")
					.contains(BASE + "/tasks/" + chase.getId());
		});
		assertThat(Mailboxes.received(smtp)).hasSize(3);
	}

	@Test
	void aTaskAssignedToSomeoneElseMailsThemButTakingItYourselfDoesNot() throws Exception {
		ProcessInstance review = fixtures.startReview(relationship, clock.today().withDayOfMonth(1).minusMonths(3));
		Task results = tasks.createTaskQuery().processInstanceId(review.getId()).singleResult();
		String colleague = provider + "-colleague";
		fixtures.ensureUser(colleague, relationship.getProvider().getCandidateGroup());
		String colleagueAddress = Mailboxes.giveAddress(identity, colleague);
		outbox.dispatch(sender);
		smtp.purgeEmailFromAllMailboxes();

		Actors.runAs(provider, () -> tasks.claim(results.getId(), provider));
		outbox.dispatch(sender);
		List<Mail> afterClaim = Mailboxes.received(smtp);
		Actors.runAs(provider, () -> tasks.setAssignee(results.getId(), colleague));
		outbox.dispatch(sender);

		assertThat(afterClaim).isEmpty();
		assertThat(Mailboxes.receivedBy(smtp, colleagueAddress)).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).startsWith("Pacer: New task: Submit period results");
			assertThat(mail.text()).contains("You have a new task: Submit period results.")
					.contains(BASE + "/tasks/" + results.getId());
		});
	}

	@Test
	void aPublishedReviewAndAnApprovedPlanMailTheProviderWithALinkToTheRelationship() throws Exception {
		PerformanceReview review = fixtures.publishedReview(relationship, clock.today().withDayOfMonth(1).minusMonths(3), 80);
		outbox.dispatch(sender);
		List<Mail> published = Mailboxes.receivedBy(smtp, providerAddress);
		smtp.purgeEmailFromAllMailboxes();

		ImprovementPlan plan = improvements.open(review.getId(), relationship.getId());
		improvements.describe(plan.getId(), "Back on target within two months", 2);
		improvements.addAction(plan.getId(), new ActionDraft("Add a second on-call engineer", OwnerSide.PROVIDER,
				provider, clock.today().plusDays(20), null), provider);
		improvements.submit(plan.getId(), provider);
		improvements.decide(plan.getId(), true, "Good plan", CycleFixtures.MANAGER);
		outbox.dispatch(sender);

		String link = BASE + "/relationships/" + relationship.getId();
		assertThat(published).singleElement().satisfies(mail -> {
			assertThat(mail.subject()).startsWith("Pacer: Review of ").endsWith(" published");
			assertThat(mail.text()).contains("A performance review has been published.").contains(link);
		});
		assertThat(Mailboxes.received(smtp)).singleElement().satisfies(mail -> {
			assertThat(mail.to()).containsExactly(providerAddress);
			assertThat(mail.subject()).isEqualTo("Pacer: Improvement plan approved · " + relationship.getName());
			assertThat(mail.text()).contains("An improvement plan has been approved.").contains("Comments: Good plan")
					.contains(link);
		});
	}

	@Test
	void whoOptedOutOfAKindGetsNoneOfItWhileTheirColleagueDoesAndTheNotificationStays() {
		String colleague = provider + "-colleague";
		fixtures.ensureUser(colleague, relationship.getProvider().getCandidateGroup());
		String colleagueAddress = Mailboxes.giveAddress(identity, colleague);
		EnumSet<MailKind> allButReviews = EnumSet.allOf(MailKind.class);
		allButReviews.remove(MailKind.REVIEW_PUBLISHED);
		preferences.choose(provider, allButReviews);

		fixtures.publishedReview(relationship, clock.today().withDayOfMonth(1).minusMonths(3), 100);
		outbox.dispatch(sender);

		assertThat(preferences.wanted(provider)).doesNotContain(MailKind.REVIEW_PUBLISHED).contains(MailKind.REMINDER);
		assertThat(Mailboxes.receivedBy(smtp, providerAddress)).isEmpty();
		assertThat(Mailboxes.receivedBy(smtp, colleagueAddress)).hasSize(1);
		assertThat(jdbc.queryForObject("select count(*) from notification where relationship_id = ? and kind = ?",
				Integer.class, relationship.getId(), "REVIEW_PUBLISHED")).isEqualTo(1);
	}

	private String timer(ProcessInstance review, String activityId) {
		return management.createJobQuery().processInstanceId(review.getId()).activityId(activityId).singleResult()
				.getId();
	}
}
