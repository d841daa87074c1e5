package org.pacer.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacer.browser.BrowserSession.expect;
import static org.pacer.browser.PacerInBrowser.await;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.audit.AuditLog;
import org.pacer.improvement.ActionStatus;
import org.pacer.improvement.ImprovementAction;
import org.pacer.improvement.ImprovementService;
import org.pacer.improvement.PlanStatus;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipService;
import org.pacer.time.PacerClock;

/**
 * Pacer in a real browser: one sign-in for the portal and Camunda's webapps, vendors kept apart by URL, and forms
 * that keep what was typed when they refuse it, and one whole review cycle walked page by page. One Pacer (demo
 * data, job executor on) for the whole class.
 */
class PortalBrowserTests extends BrowserTest {

	@Test
	void anonymousVisitorsLandOnTheLoginPage() {
		for (String path : List.of("/tasks", "/relationships", "/camunda/app/cockpit/")) {
			browser.open(path);

			assertThat(browser.path()).as("%s sends an anonymous visitor to the login page", path).isEqualTo("/login");
			expect(browser.find("#username")).isVisible();
			expect(browser.find("#password")).isVisible();
			browser.shot(path.replaceAll("[^a-z]+", "-").replaceAll("^-|-$", ""));
		}
	}

	@Test
	void signingInToPacerOpensCockpitAndTasklistWithoutSecondLogin() {
		browser.signIn("maria");
		browser.shot("signed-in");

		browser.open("/camunda/app/cockpit/default/");
		expect(browser.find(".dashboard")).containsText("Running Process Instances");
		expect(browser.find("form[name=signinForm]")).hasCount(0);
		assertThat(browser.page().url()).contains("#/dashboard");
		browser.shot("cockpit-dashboard");

		browser.open("/camunda/app/tasklist/default/");
		expect(browser.find(".task-filters")).containsText("My tasks");
		expect(browser.find("form[name=signinForm]")).hasCount(0);
		expect(browser.page().getByText("Maria Lopez").first()).isVisible();
		browser.shot("tasklist");
	}

	@Test
	void vendorCannotOpenAnotherVendorsRelationshipOrTaskByUrl() {
		Relationship nimbus = relationship("Nimbus Support");
		List<Task> nimbusTasks = openTasksOf(nimbus);
		assertThat(nimbusTasks).as("the demo leaves Nimbus work open").isNotEmpty();
		Relationship acme = relationship("Acme Hosting");
		browser.signIn("vera");

		// her own relationship opens, so the 404 below is about access, not a missing page
		assertThat(browser.open("/relationships/" + acme.getId())).isEqualTo(200);
		expect(browser.find("h1")).containsText(acme.getName());
		browser.shot("own-relationship");
		assertNotFound("/relationships/" + nimbus.getId(), nimbus, "nimbus-relationship");
		for (Task task : nimbusTasks) {
			assertNotFound("/tasks/" + task.getId(), nimbus, "nimbus-task-" + task.getTaskDefinitionKey());
		}

		browser.open("/tasks");
		expect(browser.find("#tasks-mine, #tasks-offered").first()).isVisible();
		expect(browser.find("tr[data-task]").first()).containsText(acme.getName());
		String inbox = browser.find("main").innerText();
		assertThat(inbox).doesNotContain(nimbus.getName(), nimbus.getProvider().getName());
		for (Task task : nimbusTasks) {
			expect(browser.find("a[href$='/tasks/" + task.getId() + "']")).hasCount(0);
		}
		browser.shot("vera-inbox");
	}

	@Test
	void refusedAssessmentShowsTheErrorByItsFieldAndKeepsWhatWasTyped() {
		Relationship serviceDesk = relationship("Service Desk");
		Task review = await("maria's review of the service desk", () -> openTask(serviceDesk, "Task_ReviewPerformance"));
		browser.signIn("maria");
		browser.openFromInbox(review);
		browser.shot("review-performance");

		String recommended = browser.find("#override").getAttribute("data-recommended");
		String opposite = String.valueOf(!Boolean.parseBoolean(recommended));
		String assessment = "Availability is fine, but first-contact resolution keeps slipping.";
		browser.find("#assessment").fill(assessment);
		browser.find("input[name=improvementNeeded][value=" + opposite + "]").check();
		expect(browser.find("#overrideReason")).isVisible();
		browser.shot("against-recommendation-without-reason");

		assertThat(browser.post(browser.find("#submit"))).isEqualTo(400);
		expect(browser.find("#override .field-error[data-field=overrideReason]"))
				.containsText("the recommendation");
		expect(browser.find("#assessment")).hasValue(assessment);
		expect(browser.find("input[name=improvementNeeded][value=" + opposite + "]")).isChecked();
		expect(browser.find("#overrideReason")).isVisible();
		browser.shot("refused-with-values-kept");
		assertThat(pacer.bean(TaskService.class).createTaskQuery().taskId(review.getId()).count())
				.as("the refused task stays open").isEqualTo(1);
	}

	/**
	 * One whole management cycle through the pages: results far below target, a RED scorecard, an improvement plan
	 * sent back once with comments, approved, and the provider's action done. The review is started through the
	 * engine, as the lifecycle's timer would at the end of the period.
	 */
	@Test
	void cycleFromResultsToACompletedImprovementAction() {
		Relationship acme = relationship("Acme Hosting");
		String reviewKey = startReviewOfCurrentPeriod(acme);

		browser.signIn("vera");
		browser.openFromInbox(await("the results task", () -> openTask(reviewKey, "Task_SubmitPeriodResults")));
		browser.shot("submit-results-form");
		int belowTarget = typeResults();
		assertThat(belowTarget).as("measures where higher is better, entered far below target").isPositive();
		browser.shot("results-typed");
		browser.complete(browser.find("#save-results"));
		expect(browser.find("#done-message")).containsText("Every result is in");
		browser.shot("results-saved");

		browser.signIn("maria");
		browser.openFromInbox(await("maria's review", () -> openTask(reviewKey, "Task_ReviewPerformance")));
		expect(browser.find("#scorecard .scorecard-lines .rating-RED").first()).isVisible();
		expect(browser.find("#recommendation")).containsText("An improvement plan is recommended");
		browser.shot("review-performance-red");
		String assessment = "Availability and invoicing were far below target this month. We need a plan.";
		browser.find("#assessment").fill(assessment);
		browser.find("input[name=improvementNeeded][value=true]").check();
		browser.complete(browser.find("#submit"));
		browser.shot("review-sent");

		browser.signIn("vera");
		browser.openFromInbox(await("the acknowledgement", () -> openTask(reviewKey, "Task_AcknowledgeReview")));
		expect(browser.find("#assessment")).containsText(assessment);
		browser.find("input[name=reviewAccepted][value=true]").check();
		browser.shot("acknowledge-review");
		browser.complete(browser.find("#submit"));
		browser.shot("review-acknowledged");

		// publishing the review is asynchronous: the job executor opens the plan a moment later
		Task planTask = await("the improvement plan task", () -> openTask(reviewKey, "Task_SubmitImprovementPlan"));
		long planId = ((Number) pacer.bean(TaskService.class).getVariable(planTask.getId(), "planId")).longValue();
		LocalDate due = pacer.bean(PacerClock.class).today().plusDays(30);
		browser.openFromInbox(planTask);
		browser.find("#summary").fill("Fix the failover and the invoice checks within a month.");
		browser.find("#targetMaturity").selectOption("3");
		addAction("Automate the monthly failover test", "PROVIDER", "vera", due, 1);
		addAction("Give Acme read access to our monitoring", "CLIENT", "maria", due, 2);
		browser.shot("plan-with-actions");
		browser.complete(browser.find("#submit"));
		browser.shot("plan-submitted");

		String comments = "Add a date for the first automated failover test.";
		browser.signIn("maria");
		browser.openFromInbox(await("the plan review", () -> openTask(reviewKey, "Task_ReviewImprovementPlan")));
		expect(browser.find("#action-table tbody tr[data-action]")).hasCount(2);
		browser.find("input[name=planApproved][value=false]").check();
		browser.find("#changeComments").fill(comments);
		browser.shot("request-changes");
		browser.complete(browser.find("#submit"));
		browser.shot("changes-requested");

		browser.signIn("vera");
		browser.openFromInbox(await("the plan back with vera", () -> openTask(reviewKey, "Task_SubmitImprovementPlan")));
		expect(browser.find("#change-comments")).containsText(comments);
		browser.find("#summary").fill("Fix the failover (first automated test in two weeks) and the invoice checks.");
		browser.shot("plan-with-comments");
		browser.complete(browser.find("#submit"));
		browser.shot("plan-resubmitted");

		browser.signIn("maria");
		browser.openFromInbox(await("the second plan review", () -> openTask(reviewKey, "Task_ReviewImprovementPlan")));
		browser.find("input[name=planApproved][value=true]").check();
		browser.shot("approve-plan");
		browser.complete(browser.find("#submit"));
		browser.shot("plan-approved");

		ImprovementService improvements = pacer.bean(ImprovementService.class);
		ImprovementAction verasAction = action(improvements, planId, "vera");
		ImprovementAction mariasAction = action(improvements, planId, "maria");
		browser.signIn("vera");
		browser.openFromInbox(await("vera's action", () -> actionTask("vera", verasAction.getId())));
		expect(browser.find("#action")).containsText(verasAction.getDescription());
		browser.find("#completionNote").fill("Failover test automated and run on the 3rd; report attached to the ticket.");
		browser.shot("complete-action");
		browser.complete(browser.find("#submit"));
		browser.shot("action-done");

		browser.open("/relationships/" + acme.getId());
		Locator plan = browser.find("#plans .plan[data-plan='" + planId + "']");
		expect(plan.locator(".badge.status")).hasText("Approved");
		expect(plan.locator("tr[data-action='" + verasAction.getId() + "']")).containsText("Done");
		expect(plan.locator("tr[data-action='" + mariasAction.getId() + "']")).containsText("Open");
		// approval clears the plan's comments; the request for changes stays in the audit trail
		expect(browser.find("#audit tr[data-action='PLAN_CHANGES_REQUESTED']").first()).containsText(comments);
		browser.shot("relationship-plan-state");

		assertThat(improvements.plan(planId).getStatus()).isEqualTo(PlanStatus.APPROVED);
		assertThat(pacer.bean(AuditLog.class).trail(acme.getId())).anySatisfy(e -> {
			assertThat(e.getAction()).isEqualTo("PLAN_CHANGES_REQUESTED");
			assertThat(e.getDetail()).contains(comments);
		});
		assertThat(improvements.action(verasAction.getId()).getStatus()).isEqualTo(ActionStatus.DONE);
		assertThat(improvements.action(verasAction.getId()).getCompletionNote()).startsWith("Failover test automated");
		assertThat(improvements.action(mariasAction.getId()).getStatus()).isEqualTo(ActionStatus.OPEN);
		assertThat(actionTask("maria", mariasAction.getId())).as("maria's action waits for her").isNotNull();
	}

	/** Starts the review of Acme's current period as Task_StartPerformanceReview would; answers its business key. */
	private static String startReviewOfCurrentPeriod(Relationship relationship) {
		LocalDate period = relationship.getReviewPeriod().periodContaining(pacer.bean(PacerClock.class).today());
		// autowired by the app itself, so the fixture's own dependencies need no wiring here
		CycleFixtures fixtures = pacer.createBean(CycleFixtures.class);
		return fixtures.startReview(relationship, period).getBusinessKey();
	}

	/**
	 * Types a result into every row: far below target where higher is better, on target where lower is better.
	 * Answers how many rows went far below target.
	 */
	private int typeResults() {
		Locator rows = browser.find("#result-rows tbody tr[data-measure]");
		int below = 0;
		for (int i = 0; i < rows.count(); i++) {
			Locator row = rows.nth(i);
			BigDecimal target = new BigDecimal(row.locator("td").nth(2).locator("span").first().innerText().trim());
			boolean higherIsBetter = row.innerText().contains("(higher is better)");
			row.locator("input[name^=value_]").fill(
					higherIsBetter ? target.divide(BigDecimal.valueOf(2)).toPlainString() : target.toPlainString());
			below += higherIsBetter ? 1 : 0;
		}
		return below;
	}

	/** Adds an action to the plan in place (htmx) and waits until the plan shows it. */
	private void addAction(String description, String side, String owner, LocalDate due, int actionsAfter) {
		browser.find("#description").fill(description);
		browser.find("#ownerSide").selectOption(side);
		browser.find("#ownerUser").selectOption(owner);
		browser.find("#dueDate").fill(due.toString());
		browser.find("#add-action").click();
		expect(browser.find("#action-table tbody tr[data-action]")).hasCount(actionsAfter);
		expect(browser.find("#action-table")).containsText(description);
	}

	private static ImprovementAction action(ImprovementService improvements, long planId, String owner) {
		return improvements.actionsOf(planId).stream().filter(a -> a.getOwnerUser().equals(owner)).findFirst()
				.orElseThrow(() -> new AssertionError("The plan has no action owned by " + owner));
	}

	/** The open task of the given kind in the process with the business key, or null. */
	private static Task openTask(String businessKey, String taskKey) {
		return pacer.openTask(businessKey, taskKey);
	}

	private static Task openTask(Relationship relationship, String taskKey) {
		return pacer.bean(TaskService.class).createTaskQuery().taskDefinitionKey(taskKey)
				.processVariableValueEquals("relationshipId", relationship.getId()).list().stream().findFirst()
				.orElse(null);
	}

	/** The owner's "Complete improvement action" task of the action, or null. */
	private static Task actionTask(String owner, long actionId) {
		TaskService tasks = pacer.bean(TaskService.class);
		return tasks.createTaskQuery().taskAssignee(owner).taskDefinitionKey("Task_CompleteAction").list().stream()
				.filter(t -> ((Number) tasks.getVariable(t.getId(), "actionId")).longValue() == actionId).findFirst()
				.orElse(null);
	}

	/** Pacer's own 404 page, with nothing of the relationship on it. */
	private void assertNotFound(String path, Relationship foreign, String step) {
		assertThat(browser.open(path)).as(path).isEqualTo(404);
		expect(browser.find("h1")).hasText("Not found");
		assertThat(browser.find("body").innerText()).doesNotContain(foreign.getName(), foreign.getProvider().getName());
		browser.shot(step);
	}

	private static Relationship relationship(String providerName) {
		return pacer.bean(RelationshipService.class).all().stream()
				.filter(r -> r.getProvider().getName().equals(providerName)).findFirst().orElseThrow();
	}

	/** Every open task of the relationship's processes, whoever it is for. */
	private static List<Task> openTasksOf(Relationship relationship) {
		return pacer.bean(TaskService.class).createTaskQuery()
				.processVariableValueEquals("relationshipId", relationship.getId()).list();
	}
}
