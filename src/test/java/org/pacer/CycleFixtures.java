package org.pacer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.pacer.audit.AuditEvent;
import org.pacer.audit.AuditEventRepository;
import org.pacer.audit.AuditLog;
import org.pacer.catalogue.PersistentNeed;
import org.pacer.catalogue.PersistentNeedRepository;
import org.pacer.identity.Actors;
import org.pacer.identity.CamundaDirectory;
import org.pacer.identity.Roles;
import org.pacer.measure.Direction;
import org.pacer.measure.MeasureDraft;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.notification.Notification;
import org.pacer.notification.NotificationRepository;
import org.pacer.process.Processes;
import org.pacer.process.RejectedInput;
import org.pacer.relationship.Provider;
import org.pacer.relationship.ProviderKind;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipLifecycle;
import org.pacer.relationship.RelationshipService;
import org.pacer.relationship.ReviewPeriod;
import org.pacer.result.ResultEntry;
import org.pacer.result.ResultService;
import org.pacer.result.ResultSource;
import org.pacer.review.PerformanceReview;
import org.pacer.review.ReviewService;
import org.pacer.scorecard.Scorecard;
import org.pacer.scorecard.ScorecardService;
import org.pacer.time.PacerClock;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Builds the data a process test starts from: people, a provider, a relationship with outcomes and measures,
 * results, and reads back the trail a process leaves (audit, notifications, history). Every call makes its own
 * provider, so tests sharing one Spring context never see each other's data; the instances of every relationship
 * made here are deleted after each test ({@link ProcessTestListener}), so no timer or job of one test runs in another.
 */
@TestComponent
public class CycleFixtures {

	public static final String MANAGER = "fixture-manager";

	private final RelationshipService relationships;

	private final MeasureService measures;

	private final ResultService results;

	private final PersistentNeedRepository needs;

	private final IdentityService identity;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final RelationshipLifecycle lifecycle;

	private final ReviewService reviews;

	private final ScorecardService scorecards;

	private final HistoryService history;

	private final AuditLog audit;

	private final AuditEventRepository auditEvents;

	private final NotificationRepository notifications;

	private final PacerClock clock;

	/** Relationships made since the last test ended. */
	private final List<Long> made = new ArrayList<>();

	public CycleFixtures(RelationshipService relationships, MeasureService measures, ResultService results,
			PersistentNeedRepository needs, IdentityService identity, RuntimeService runtime, TaskService tasks,
			RelationshipLifecycle lifecycle, ReviewService reviews, ScorecardService scorecards,
			HistoryService history, AuditLog audit, AuditEventRepository auditEvents,
			NotificationRepository notifications, PacerClock clock) {
		this.relationships = relationships;
		this.measures = measures;
		this.results = results;
		this.needs = needs;
		this.identity = identity;
		this.runtime = runtime;
		this.tasks = tasks;
		this.lifecycle = lifecycle;
		this.reviews = reviews;
		this.scorecards = scorecards;
		this.history = history;
		this.audit = audit;
		this.auditEvents = auditEvents;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** The first day of the month the given number of months before today. */
	public LocalDate firstOfMonthsAgo(int months) {
		return clock.today().withDayOfMonth(1).minusMonths(months);
	}

	/** A relationship with a fresh provider (and its user "<group>-user"), not yet started. */
	public Relationship relationship(LocalDate start) {
		ensureUser(MANAGER, Roles.MANAGERS, Roles.SOURCING_BOARD);
		Provider provider = relationships.createProvider("Provider " + UUID.randomUUID().toString().substring(0, 8),
				ProviderKind.VENDOR);
		ensureUser(providerUser(provider), provider.getCandidateGroup());
		return made(relationships.create(new RelationshipService.NewRelationship("Relationship with " + provider.getName(),
				provider.getId(), MANAGER, ReviewPeriod.MONTHLY, start), MANAGER));
	}

	/** A relationship of a fresh provider managed by the given manager, its lifecycle started (outcomes to set). */
	public Relationship startedRelationshipManagedBy(String managerId, LocalDate start) {
		Provider provider = relationships.createProvider("Provider " + UUID.randomUUID().toString().substring(0, 8),
				ProviderKind.VENDOR);
		return made(lifecycle.create(new RelationshipService.NewRelationship("Relationship with " + provider.getName(),
				provider.getId(), managerId, ReviewPeriod.MONTHLY, start), managerId));
	}

	/** A relationship a process made (a successor, say): its instances are deleted after the test too. */
	public Relationship made(Relationship relationship) {
		made.add(relationship.getId());
		return relationship;
	}

	/** A relationship with outcomes set and one measure per persistent need up to the expected level. */
	public Relationship measuredRelationship(LocalDate start, int expectedLevel, int currentLevel, int rampUpMonths) {
		Relationship relationship = relationship(start);
		relationships.setOutcomes(relationship.getId(), expectedLevel, currentLevel, rampUpMonths, MANAGER);
		coverNeeds(relationship.getId(), expectedLevel);
		return relationships.get(relationship.getId());
	}

	/** One measure per need up to the level: higher is better, target 100, amber line 90, weight 1. */
	public List<SuccessMeasure> coverNeeds(long relationshipId, int upToLevel) {
		for (PersistentNeed need : needs.findUpToLevel(upToLevel)) {
			measures.define(relationshipId, new MeasureDraft(need.getId(), need.getName(), "%",
					Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(100), BigDecimal.valueOf(90), BigDecimal.ONE), MANAGER);
		}
		return measures.measuresOf(relationshipId);
	}

	/** Submits the same value for every measure of the relationship for the period. */
	public void submitAll(long relationshipId, LocalDate periodStart, double value) {
		List<ResultEntry> entries = measures.measuresOf(relationshipId).stream()
				.map(m -> new ResultEntry(m.getId(), BigDecimal.valueOf(value), null)).toList();
		results.submit(relationshipId, periodStart, entries, ResultSource.API, "fixture");
	}

	/** Starts a performance review directly, as Task_StartPerformanceReview would. */
	public ProcessInstance startReview(Relationship relationship, LocalDate periodStart) {
		return runtime.startProcessInstanceByKey(Processes.PERFORMANCE_REVIEW,
				Processes.reviewKey(relationship.getId(), periodStart),
				Map.of("relationshipId", relationship.getId(), "periodStart", periodStart.toString()));
	}

	/** A review with every result of the period in at the target, scored, waiting for its manager's assessment. */
	public ProcessInstance scoredReview(Relationship relationship, LocalDate periodStart) {
		submitAll(relationship.getId(), periodStart, 100);
		return startReview(relationship, periodStart);
	}

	public String providerUser(Provider provider) {
		return provider.getCandidateGroup() + "-user";
	}

	public String providerUser(Relationship relationship) {
		return providerUser(relationship.getProvider());
	}

	public String providerGroup(Relationship relationship) {
		return relationship.getProvider().getCandidateGroup();
	}

	public void ensureUser(String id, String... groups) {
		if (identity.createUserQuery().userId(id).count() == 0) {
			User user = identity.newUser(id);
			user.setFirstName(id);
			user.setLastName("Test");
			user.setPassword(id);
			CamundaDirectory.saveDemoUser(identity, user);
		}
		for (String group : groups) {
			if (identity.createGroupQuery().groupId(group).count() == 0) {
				var g = identity.newGroup(group);
				g.setName(group);
				identity.saveGroup(g);
			}
			if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
				identity.createMembership(id, group);
			}
		}
	}

	/**
	 * The user signed in to the portal, with the authorities the sign-in gives: GROUP_x for each Camunda group and
	 * ROLE_x for groups with a meaning in Pacer. For MockMvc: {@code .with(authentication(fixtures.signedIn(id)))}.
	 */
	public Authentication signedIn(String userId) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (var group : identity.createGroupQuery().groupMember(userId).list()) {
			authorities.add(new SimpleGrantedAuthority("GROUP_" + group.getId()));
			String role = Roles.roleOf(group.getId());
			if (role != null) {
				authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
			}
		}
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
	}

	/**
	 * Starts the relationship's lifecycle and runs it into the review cycles: outcomes set, one measure per need up to
	 * the expected level, measures accepted by the provider. The lifecycle then waits for the end of the first period.
	 */
	public ProcessInstance startIntoReviewCycles(Relationship relationship, long expectedLevel, long currentLevel,
			long rampUpMonths) {
		ProcessInstance pi = lifecycle.start(relationship);
		completeTask(pi, "Task_SetExpectedOutcomes", MANAGER,
				Map.of("expectedLevel", expectedLevel, "currentLevel", currentLevel, "rampUpMonths", rampUpMonths));
		coverNeeds(relationship.getId(), (int) expectedLevel);
		completeTask(pi, "Task_DefineSuccessMeasures", MANAGER, Map.of());
		completeTask(pi, "Task_AgreeMeasures", providerUser(relationship), Map.of("measuresAccepted", true));
		return pi;
	}

	/**
	 * The review of a period as the services record it, without its process: every result at the value, the
	 * scorecard computed, the manager's assessment (improvement needed when a measure is RED), published.
	 */
	public PerformanceReview publishedReview(Relationship relationship, LocalDate periodStart, double value) {
		PerformanceReview review = reviews.open(relationship.getId(), periodStart, null);
		submitAll(relationship.getId(), periodStart, value);
		Scorecard scorecard = scorecards.compute(relationship.getId(), periodStart, review.getId());
		reviews.markScored(review.getId());
		boolean red = scorecard.hasRed();
		reviews.assess(review.getId(), new ReviewService.Assessment("Assessment of " + periodStart, red, null), red,
				"One or more measures are RED", MANAGER);
		return reviews.publish(review.getId(), "/relationships/" + relationship.getId());
	}

	private void completeTask(ProcessInstance pi, String taskKey, String userId, Map<String, Object> variables) {
		complete(userId, tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult(),
				variables);
	}

	/** Completes the task as the user, the way the portal does; the variables are copied, so Map.of will do. */
	public void complete(String userId, Task task, Map<String, Object> variables) {
		Actors.runAs(userId, () -> tasks.complete(task.getId(), new HashMap<>(variables)));
	}

	/** The refusal a completion threw, for asserting on its field errors. */
	public static RejectedInput catchRejected(Runnable completion) {
		return Assertions.assertThatExceptionOfType(RejectedInput.class).isThrownBy(completion::run).actual();
	}

	/** The actions of the relationship's audit trail, as {@link AuditLog#trail} orders them. */
	public List<String> actions(Relationship relationship) {
		return audit.trail(relationship.getId()).stream().map(AuditEvent::getAction).toList();
	}

	/** The first audit event of the action, or a failure listing the actions there are. */
	public AuditEvent event(Relationship relationship, String action) {
		return audit.trail(relationship.getId()).stream().filter(e -> e.getAction().equals(action)).findFirst()
				.orElseThrow(() -> new AssertionError("No audit event " + action + " in " + actions(relationship)));
	}

	/** The relationship's audit events, newest first. */
	public List<AuditEvent> auditOf(Relationship relationship) {
		return auditEvents.findByRelationshipIdOrderByOccurredAtDescIdDesc(relationship.getId());
	}

	/** The relationship's notifications of one kind, newest first. */
	public List<Notification> notificationsOf(Relationship relationship, String kind) {
		return notifications.findByRelationshipIdOrderByCreatedAtDesc(relationship.getId()).stream()
				.filter(n -> n.getKind().equals(kind)).toList();
	}

	/** How often the instance entered the activity. */
	public long historyOf(ProcessInstance instance, String activityId) {
		return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
				.activityId(activityId).count();
	}

	/** Deletes the instances of every relationship made since the last call; {@link ProcessTestListener} calls it. */
	void removeInstancesMade() {
		removeInstancesOf(made);
		made.clear();
	}

	/**
	 * Deletes every process instance of the relationships (lifecycle and sourcing by "<id>", reviews and improvement
	 * by "<id>/<period>"), so no timer or job of one test runs in another.
	 */
	public void removeInstancesOf(Collection<Long> relationshipIds) {
		for (Long id : relationshipIds) {
			runtime.createProcessInstanceQuery().processInstanceBusinessKey(id.toString()).list()
					.forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test done", true, true));
			runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike(id + "/%").list()
					.forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test done", true, true));
		}
	}
}
