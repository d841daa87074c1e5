package org.pacer.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.pacer.catalogue.PersistentNeedRepository;
import org.pacer.identity.Actors;
import org.pacer.identity.CamundaDirectory;
import org.pacer.identity.Roles;
import org.pacer.improvement.ActionDraft;
import org.pacer.improvement.ImprovementService;
import org.pacer.improvement.OwnerSide;
import org.pacer.measure.MeasureDraft;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.process.Processes;
import org.pacer.relationship.Provider;
import org.pacer.relationship.ProviderKind;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipLifecycle;
import org.pacer.relationship.RelationshipService;
import org.pacer.relationship.ReviewPeriod;
import org.pacer.result.ResultEntry;
import org.pacer.result.ResultService;
import org.pacer.result.ResultSource;
import org.pacer.scorecard.RagCounts;
import org.pacer.scorecard.Scorecard;
import org.pacer.scorecard.ScorecardService;
import org.pacer.time.PacerClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data for the embedded default: people, three relationships and twelve months of history, made by replaying
 * the months through the real processes and services (the clock is moved, jobs are run by hand before the job
 * executor starts). It ends with open work for maria, tom, vera, victor, ian and the sourcing board.
 * Runs only on an empty H2 database; never on PostgreSQL, so no default password reaches production.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "pacer.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final int MONTHS = 12;

	private final RelationshipService relationships;

	private final RelationshipLifecycle lifecycle;

	private final MeasureService measures;

	private final ResultService results;

	private final ScorecardService scorecards;

	private final ImprovementService improvements;

	private final PersistentNeedRepository needs;

	private final IdentityService identity;

	private final TaskService tasks;

	private final ManagementService management;

	private final PacerClock clock;

	private final String datasourceUrl;

	private final Map<Long, Integer> sourcingDecisions = new HashMap<>();

	public DemoData(RelationshipService relationships, RelationshipLifecycle lifecycle, MeasureService measures,
			ResultService results, ScorecardService scorecards, ImprovementService improvements,
			PersistentNeedRepository needs, IdentityService identity, TaskService tasks, ManagementService management,
			PacerClock clock, @Value("${spring.datasource.url:}") String datasourceUrl) {
		this.relationships = relationships;
		this.lifecycle = lifecycle;
		this.measures = measures;
		this.results = results;
		this.scorecards = scorecards;
		this.improvements = improvements;
		this.needs = needs;
		this.identity = identity;
		this.tasks = tasks;
		this.management = management;
		this.clock = clock;
		this.datasourceUrl = datasourceUrl;
	}

	/** The three demo relationships and how each behaves month by month. */
	enum Scenario {
		ACME("Hosting and operations", "Acme Hosting", ProviderKind.VENDOR, "maria", "vera", "Vera Novak", 2, 2, 0,
				ResultSource.API),
		NIMBUS("Application support", "Nimbus Support", ProviderKind.VENDOR, "tom", "victor", "Victor Hale", 3, 1, 6,
				ResultSource.FORM),
		SERVICE_DESK("IT service desk", "Service Desk", ProviderKind.INTERNAL_TEAM, "maria", "ian", "Ian Clarke", 2, 2, 0,
				ResultSource.CSV);

		final String name;

		final String provider;

		final ProviderKind kind;

		final String manager;

		final String providerUser;

		final String providerUserName;

		final int expectedLevel;

		final int currentLevel;

		final int rampUpMonths;

		final ResultSource source;

		Scenario(String name, String provider, ProviderKind kind, String manager, String providerUser,
				String providerUserName, int expectedLevel, int currentLevel, int rampUpMonths, ResultSource source) {
			this.name = name;
			this.provider = provider;
			this.kind = kind;
			this.manager = manager;
			this.providerUser = providerUser;
			this.providerUserName = providerUserName;
			this.expectedLevel = expectedLevel;
			this.currentLevel = currentLevel;
			this.rampUpMonths = rampUpMonths;
			this.source = source;
		}

		/** 1 = on target, 0 = on the amber line, below 0 = RED (see DemoMeasures.valueFor). */
		double quality(String needCode, int month) {
			double wobble = 0.1 * Math.floorMod(needCode.hashCode() + month, 3);
			return switch (this) {
				case ACME -> month == 10 && needCode.equals("INCIDENT_RESOLUTION") ? 0.6
						: month == 10 && needCode.equals("MAJOR_INCIDENTS") ? 0.0 : 1.2 + wobble;
				case NIMBUS -> needCode.equals("USER_SATISFACTION") && month >= 6 ? 0.7
						: Math.min(1.2, 0.35 + 0.15 * month) + wobble;
				case SERVICE_DESK -> (month <= 1 || month >= 9)
						&& (needCode.equals("SERVICE_AVAILABILITY") || needCode.equals("INCIDENT_RESOLUTION")) ? -0.6
								: 1.2 + wobble;
			};
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!datasourceUrl.startsWith("jdbc:h2:") || !relationships.all().isEmpty()) {
			return;
		}
		long started = System.currentTimeMillis();
		LocalDate today = clock.today();
		LocalDate first = today.withDayOfMonth(1).minusMonths(MONTHS);
		try {
			createPeople();
			Map<Scenario, Relationship> demo = setUp(first);
			for (int month = 0; month < MONTHS; month++) {
				replayMonth(demo, first.plusMonths(month + 1), month);
			}
		}
		finally {
			clock.backToNow();
		}
		runDueJobs();
		log.info("Demo data ready in {} ms: 3 relationships, {} months of history", System.currentTimeMillis() - started,
				MONTHS);
	}

	private void createPeople() {
		user("maria", "Maria", "Lopez", Roles.MANAGERS, Roles.SOURCING_BOARD);
		user("tom", "Tom", "Becker", Roles.MANAGERS, Roles.SOURCING_BOARD);
		user("paula", "Paula", "Meyer", Roles.PROCESS_OWNERS);
		user("admin", "Ada", "Admin", Roles.ADMINS);
	}

	private Map<Scenario, Relationship> setUp(LocalDate first) {
		at(first, 9);
		Map<Scenario, Relationship> demo = new HashMap<>();
		for (Scenario s : Scenario.values()) {
			Provider provider = relationships.createProvider(s.provider, s.kind);
			String[] names = s.providerUserName.split(" ");
			user(s.providerUser, names[0], names[1], provider.getCandidateGroup());
			demo.put(s, Actors.runAs("admin", () -> lifecycle.create(new RelationshipService.NewRelationship(s.name,
					provider.getId(), s.manager, ReviewPeriod.MONTHLY, first), "admin")));
		}
		at(first, 10);
		for (Scenario s : Scenario.values()) {
			complete(s.manager, demo.get(s), "Task_SetExpectedOutcomes", Map.of("expectedLevel", s.expectedLevel,
					"currentLevel", s.currentLevel, "rampUpMonths", s.rampUpMonths));
		}
		at(first, 11);
		for (Scenario s : Scenario.values()) {
			Relationship r = demo.get(s);
			// the service desk forgets one need at first, so the coverage check sends it back once
			defineMeasures(s, r, s == Scenario.SERVICE_DESK ? "AUTOMATION_RATE" : null);
			complete(s.manager, r, "Task_DefineSuccessMeasures", Map.of());
		}
		defineMeasures(Scenario.SERVICE_DESK, demo.get(Scenario.SERVICE_DESK), null);
		complete("maria", demo.get(Scenario.SERVICE_DESK), "Task_DefineSuccessMeasures", Map.of());

		at(first.plusDays(2), 10);
		complete("victor", demo.get(Scenario.NIMBUS), "Task_AgreeMeasures", Map.of("measuresAccepted", false,
				"disputeReason", "Skills coverage of 85 % is out of reach while we hire; we propose 80 %."));
		Relationship nimbus = demo.get(Scenario.NIMBUS);
		measures.measuresOf(nimbus.getId()).stream().filter(m -> m.getNeed().getCode().equals("SKILLS_COVERAGE"))
				.forEach(m -> measures.changeTargets(m.getId(), nimbus.firstPeriod(), new BigDecimal("80"),
						new BigDecimal("70"), BigDecimal.ONE, "tom"));
		complete("tom", nimbus, "Task_DefineSuccessMeasures", Map.of());
		at(first.plusDays(3), 10);
		for (Scenario s : Scenario.values()) {
			complete(s.providerUser, demo.get(s), "Task_AgreeMeasures", Map.of("measuresAccepted", true));
		}
		runDueJobs();
		return demo;
	}

	private void defineMeasures(Scenario s, Relationship r, String leaveOut) {
		var defined = measures.measuresOf(r.getId()).stream().map(m -> m.getNeed().getCode()).toList();
		for (var need : needs.findUpToLevel(s.expectedLevel)) {
			if (need.getCode().equals(leaveOut) || defined.contains(need.getCode())) {
				continue;
			}
			DemoMeasures m = DemoMeasures.ALL.stream().filter(d -> d.needCode().equals(need.getCode())).findFirst()
					.orElseThrow();
			measures.define(r.getId(), new MeasureDraft(need.getId(), m.name(), m.unit(), m.direction(), m.target(),
					m.threshold(), m.weight(), m.valid(), null, null), s.manager);
		}
	}

	/** One month: results, review, acknowledgement, improvement and sourcing, on the days people would act. */
	private void replayMonth(Map<Scenario, Relationship> demo, LocalDate periodEnd, int month) {
		LocalDate period = periodEnd.minusMonths(1);
		boolean last = month == MONTHS - 1;

		at(periodEnd, 8);
		for (Scenario s : Scenario.values()) {
			if (!(last && s == Scenario.NIMBUS)) {
				submitResults(s, demo.get(s), period, month);
			}
		}
		at(periodEnd, 9);
		runDueJobs();

		at(periodEnd.plusDays(2), 10);
		// in the last month the managers have not reviewed yet: that is the open work the demo ends with
		for (Scenario s : Scenario.values()) {
			if (!last) {
				review(s, demo.get(s), period);
			}
		}
		at(periodEnd.plusDays(3), 10);
		for (Scenario s : Scenario.values()) {
			if (last) {
				continue;
			}
			Relationship r = demo.get(s);
			if (s == Scenario.NIMBUS && month == 3) {
				complete(s.providerUser, reviewKey(r, period), "Task_AcknowledgeReview", Map.of("reviewAccepted", false,
						"disputeReason", "Availability counts the announced maintenance window as downtime."));
				review(s, r, period);
			}
			complete(s.providerUser, reviewKey(r, period), "Task_AcknowledgeReview", Map.of("reviewAccepted", true));
		}
		runDueJobs();

		at(periodEnd.plusDays(5), 10);
		submitPlans(demo, period, month);
		at(periodEnd.plusDays(7), 10);
		reviewPlans(demo, period, month);
		at(periodEnd.plusDays(9), 10);
		decideSourcing(demo, month);
		runDueJobs();

		at(periodEnd.plusDays(11), 10);
		if (last) {
			// Nimbus misses the results deadline; tom gives a week more and victor delivers
			runDueJobs();
			Relationship nimbus = demo.get(Scenario.NIMBUS);
			complete("tom", reviewKey(nimbus, period), "Task_ChaseMissingResults", Map.of("proceedWithoutResults", false));
			at(periodEnd.plusDays(14), 16);
			submitResults(Scenario.NIMBUS, nimbus, period, month);
			at(periodEnd.plusDays(19), 10);
			review(Scenario.NIMBUS, nimbus, period);
		}
		at(periodEnd.plusDays(14), 10);
		completeActions(demo, "CLIENT");
		at(periodEnd.plusDays(18), 10);
		completeActions(demo, "PROVIDER");
		at(periodEnd.plusDays(22), 10);
		for (Scenario s : Scenario.values()) {
			for (Task task : openTasks(s.manager, "Task_AssessMaturity")) {
				complete(s.manager, task, Map.of("maturityLevel", s == Scenario.SERVICE_DESK ? 2 : 3, "evidence",
						"Actions of the plan done; incident reviews now held weekly and documented."));
			}
		}
		runDueJobs();
	}

	private void submitResults(Scenario s, Relationship r, LocalDate period, int month) {
		List<ResultEntry> entries = new ArrayList<>();
		for (SuccessMeasure m : measures.measuresOf(r.getId())) {
			DemoMeasures d = DemoMeasures.ALL.stream().filter(x -> x.needCode().equals(m.getNeed().getCode()))
					.findFirst().orElseThrow();
			entries.add(new ResultEntry(m.getId(), d.valueFor(s.quality(m.getNeed().getCode(), month)), null));
		}
		Actors.runAs(s.providerUser, () -> results.submit(r.getId(), period, entries, s.source, s.providerUser));
	}

	private void review(Scenario s, Relationship r, LocalDate period) {
		Task task = task(reviewKey(r, period), "Task_ReviewPerformance");
		@SuppressWarnings("unchecked")
		Map<String, Object> recommendation = (Map<String, Object>) tasks.getVariable(task.getId(), "recommendation");
		Scorecard scorecard = scorecards.get(((Number) tasks.getVariable(task.getId(), "scorecardId")).longValue());
		boolean needed = Boolean.TRUE.equals(recommendation.get("improvementNeeded"));
		RagCounts ratings = scorecard.getRatings();
		String assessment = "Overall score " + scorecard.getOverallScore() + ": " + ratings.green() + " green, "
				+ ratings.amber() + " amber, " + ratings.red() + " red, " + ratings.noData() + " without data. "
				+ recommendation.get("reason") + ".";
		complete(s.manager, task, Map.of("assessment", assessment, "improvementNeeded", needed));
	}

	private void submitPlans(Map<Scenario, Relationship> demo, LocalDate period, int month) {
		for (Scenario s : Scenario.values()) {
			for (Task task : openGroupTasks(demo.get(s), "Task_SubmitImprovementPlan")) {
				boolean leaveOpen = s == Scenario.SERVICE_DESK && month >= 10;
				if (leaveOpen) {
					continue;
				}
				long planId = ((Number) tasks.getVariable(task.getId(), "planId")).longValue();
				if (improvements.actionsOf(planId).isEmpty()) {
					LocalDate due = clock.today().plusDays(s == Scenario.ACME && month == 10 ? 75 : 15);
					Actors.runAs(s.providerUser, () -> {
						improvements.describe(planId, "Root-cause the misses of " + period.getMonth()
								+ " and stop them recurring.", 3);
						improvements.addAction(planId, new ActionDraft(s == Scenario.ACME
								? "Automate the monthly failover test" : "Hold a weekly incident review with root causes",
								OwnerSide.PROVIDER, s.providerUser, due, null), s.providerUser);
						improvements.addAction(planId, new ActionDraft("Give the provider read access to our monitoring",
								OwnerSide.CLIENT, s.manager, clock.today().plusDays(10), null), s.providerUser);
					});
				}
				complete(s.providerUser, task, Map.of());
			}
		}
	}

	private void reviewPlans(Map<Scenario, Relationship> demo, LocalDate period, int month) {
		for (Scenario s : Scenario.values()) {
			for (Task task : openTasks(s.manager, "Task_ReviewImprovementPlan")) {
				if (s == Scenario.ACME && month == 10) {
					// one round of changes, so the plan's history shows the loop
					complete(s.manager, task, Map.of("planApproved", false, "changeComments",
							"Add a date for the first automated failover test."));
					complete(s.providerUser, openGroupTasks(demo.get(s), "Task_SubmitImprovementPlan").get(0), Map.of());
					task = openTasks(s.manager, "Task_ReviewImprovementPlan").get(0);
				}
				complete(s.manager, task, Map.of("planApproved", true));
			}
		}
	}

	private void completeActions(Map<Scenario, Relationship> demo, String side) {
		for (Scenario s : Scenario.values()) {
			String owner = side.equals("CLIENT") ? s.manager : s.providerUser;
			for (Task task : openTasks(owner, "Task_CompleteAction")) {
				long actionId = ((Number) tasks.getVariable(task.getId(), "actionId")).longValue();
				if (!improvements.action(actionId).getDueDate().isAfter(clock.today().plusDays(20))) {
					complete(owner, task, Map.of("completionNote", "Done and verified in the weekly call."));
				}
			}
		}
	}

	/** The service desk's first decision is to remediate, later ones continue; the newest stay with the board. */
	private void decideSourcing(Map<Scenario, Relationship> demo, int month) {
		for (Task task : tasks.createTaskQuery().taskDefinitionKey("Task_DecideSourcing").list()) {
			long relationshipId = ((Number) tasks.getVariable(task.getId(), Processes.RELATIONSHIP_ID.name())).longValue();
			Scenario s = demo.entrySet().stream().filter(e -> e.getValue().getId() == relationshipId)
					.map(Map.Entry::getKey).findFirst().orElseThrow();
			if (s == Scenario.NIMBUS || (s == Scenario.SERVICE_DESK && month >= 10)) {
				continue;
			}
			boolean firstForRelationship = sourcingDecisions.merge(relationshipId, 1, Integer::sum) == 1;
			Map<String, Object> decision = s == Scenario.SERVICE_DESK && firstForRelationship
					? Map.of("sourcingOption", "REMEDIATE", "rationale",
							"Two RED months in a row on availability; the team gets ten weeks to stabilise.",
							"remediationDeadline", clock.startOf(clock.today().plusDays(70)))
					: Map.of("sourcingOption", "CONTINUE", "rationale",
							"Targets met in the last quarter; no reason to change the sourcing.");
			complete("maria", task, decision);
		}
	}

	private void runDueJobs() {
		for (int round = 0; round < 1000; round++) {
			List<Job> due = management.createJobQuery().executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
		throw new IllegalStateException("Demo jobs keep creating due jobs");
	}

	private void at(LocalDate day, int hour) {
		clock.travelTo(LocalDateTime.of(day, LocalTime.of(hour, 0)));
	}

	private String reviewKey(Relationship r, LocalDate period) {
		return Processes.reviewKey(r.getId(), period);
	}

	private void complete(String user, Relationship r, String taskKey, Map<String, Object> variables) {
		complete(user, task(r.getId().toString(), taskKey), variables);
	}

	private void complete(String user, String businessKey, String taskKey, Map<String, Object> variables) {
		complete(user, task(businessKey, taskKey), variables);
	}

	private void complete(String user, Task task, Map<String, Object> variables) {
		if (task.getAssignee() == null) {
			tasks.claim(task.getId(), user);
		}
		Actors.runAs(user, () -> tasks.complete(task.getId(), variables));
	}

	private Task task(String businessKey, String taskKey) {
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
				.singleResult();
		if (task == null) {
			throw new IllegalStateException("Demo expected task " + taskKey + " for " + businessKey);
		}
		return task;
	}

	private List<Task> openTasks(String assignee, String taskKey) {
		return tasks.createTaskQuery().taskAssignee(assignee).taskDefinitionKey(taskKey).list();
	}

	private List<Task> openGroupTasks(Relationship r, String taskKey) {
		return tasks.createTaskQuery().taskCandidateGroup(r.getProvider().getCandidateGroup())
				.taskDefinitionKey(taskKey).list();
	}

	private void user(String id, String first, String last, String... groups) {
		User user = identity.newUser(id);
		user.setFirstName(first);
		user.setLastName(last);
		user.setEmail(id + "@pacer.example");
		// demo only: the password is the user name, as the README says
		user.setPassword(id);
		CamundaDirectory.saveDemoUser(identity, user);
		for (String group : groups) {
			identity.createMembership(id, group);
		}
	}
}
