package org.pacer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.pacer.catalogue.PersistentNeed;
import org.pacer.catalogue.PersistentNeedRepository;
import org.pacer.identity.Actors;
import org.pacer.identity.CamundaDirectory;
import org.pacer.identity.Roles;
import org.pacer.measure.Direction;
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
import org.pacer.review.PerformanceReview;
import org.pacer.review.ReviewService;
import org.pacer.scorecard.Scorecard;
import org.pacer.scorecard.ScorecardService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Builds the data a process test starts from: people, a provider, a relationship with outcomes and measures,
 * results. Every call makes its own provider, so tests sharing one Spring context never see each other's data.
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

	public CycleFixtures(RelationshipService relationships, MeasureService measures, ResultService results,
			PersistentNeedRepository needs, IdentityService identity, RuntimeService runtime, TaskService tasks,
			RelationshipLifecycle lifecycle, ReviewService reviews, ScorecardService scorecards) {
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
	}

	/** A relationship with a fresh provider (and its user "<group>-user"), not yet started. */
	public Relationship relationship(LocalDate start) {
		ensureUser(MANAGER, Roles.MANAGERS, Roles.SOURCING_BOARD);
		Provider provider = relationships.createProvider("Provider " + UUID.randomUUID().toString().substring(0, 8),
				ProviderKind.VENDOR);
		ensureUser(providerUser(provider), provider.getCandidateGroup());
		return relationships.create(new RelationshipService.NewRelationship("Relationship with " + provider.getName(),
				provider.getId(), MANAGER, ReviewPeriod.MONTHLY, start), MANAGER);
	}

	/** A relationship of a fresh provider managed by the given manager, its lifecycle started (outcomes to set). */
	public Relationship startedRelationshipManagedBy(String managerId, LocalDate start) {
		Provider provider = relationships.createProvider("Provider " + UUID.randomUUID().toString().substring(0, 8),
				ProviderKind.VENDOR);
		return lifecycle.create(new RelationshipService.NewRelationship("Relationship with " + provider.getName(),
				provider.getId(), managerId, ReviewPeriod.MONTHLY, start), managerId);
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
		Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
		Actors.runAs(userId, () -> tasks.complete(task.getId(), variables));
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
