package org.pacer.relationship;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pacer.audit.AuditLog;
import org.pacer.catalogue.HierarchyLevelRepository;
import org.pacer.common.Errors;
import org.pacer.common.NotFoundException;
import org.pacer.identity.Directory;
import org.pacer.identity.Roles;
import org.pacer.time.PacerClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates relationships and keeps their outcomes, ramp-up and standing. */
@Service
@Transactional
public class RelationshipService {

	private static final int MAX_RAMP_UP_MONTHS = 36;

	/** A relationship may start with its history (results of past periods) but not in another era. */
	private static final int MAX_YEARS_BACK = 10;

	private static final int MAX_YEARS_AHEAD = 2;

	private final RelationshipRepository relationships;

	private final ProviderRepository providers;

	private final HierarchyLevelRepository levels;

	private final Directory directory;

	private final AuditLog audit;

	private final PacerClock clock;

	private final ProviderService providerService;

	private final ApplicationEventPublisher events;

	private final List<MeasureSources> measureSources;

	public RelationshipService(RelationshipRepository relationships, ProviderRepository providers,
			HierarchyLevelRepository levels, Directory directory, AuditLog audit, PacerClock clock,
			ProviderService providerService, ApplicationEventPublisher events, List<MeasureSources> measureSources) {
		this.providerService = providerService;
		this.events = events;
		this.measureSources = measureSources;
		this.relationships = relationships;
		this.providers = providers;
		this.levels = levels;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A relationship to set up. Optionally the level it must deliver (the manager confirms it in "Set expected
	 * outcomes") and the key of a {@link MeasureSources} source its first measures are copied from.
	 */
	public record NewRelationship(String name, Long providerId, String managerId, ReviewPeriod reviewPeriod,
			LocalDate startDate, Integer expectedLevel, String copyFrom) {

		public NewRelationship(String name, Long providerId, String managerId, ReviewPeriod reviewPeriod,
				LocalDate startDate) {
			this(name, providerId, managerId, reviewPeriod, startDate, null, null);
		}
	}

	public Relationship create(NewRelationship request, String actor) {
		Errors errors = new Errors();
		String name = request.name() == null ? "" : request.name().trim();
		errors.rejectIf(name.isEmpty(), "name", "Give the relationship a name");
		Provider provider = request.providerId() == null ? null : providers.findById(request.providerId()).orElse(null);
		errors.rejectIf(provider == null, "providerId", "Choose a provider");
		errors.rejectIf(provider != null && provider.isArchived(), "providerId",
				provider == null ? "" : provider.getName() + " is archived: it gets no new relationships");
		errors.rejectIf(!directory.userExists(request.managerId()), "managerId", "Choose an existing user as manager");
		errors.rejectIf(directory.userExists(request.managerId())
				&& !directory.isMember(request.managerId(), Roles.MANAGERS), "managerId",
				request.managerId() + " is not a manager: choose a member of the managers group");
		errors.rejectIf(request.reviewPeriod() == null, "reviewPeriod", "Choose monthly or quarterly reviews");
		errors.rejectIf(request.startDate() == null, "startDate", "Give the start date");
		LocalDate today = clock.today();
		errors.rejectIf(request.startDate() != null && (request.startDate().isBefore(today.minusYears(MAX_YEARS_BACK))
				|| request.startDate().isAfter(today.plusYears(MAX_YEARS_AHEAD))), "startDate",
				"Give a start date from " + today.minusYears(MAX_YEARS_BACK) + " to " + today.plusYears(MAX_YEARS_AHEAD));
		if (request.expectedLevel() != null) {
			checkExpectedLevel(errors, request.expectedLevel(), topLevel());
		}
		String copyFrom = request.copyFrom() == null || request.copyFrom().isBlank() ? null : request.copyFrom();
		MeasureSources source = copyFrom == null ? null
				: measureSources.stream().filter(s -> s.offers(copyFrom)).findFirst().orElse(null);
		errors.rejectIf(copyFrom != null && source == null, "copyFrom",
				"Choose a relationship or a library set to copy the measures from");
		errors.throwIfAny();
		Relationship relationship = relationships.save(new Relationship(name, provider, request.managerId(),
				request.reviewPeriod(), request.startDate(), clock.now()));
		if (request.expectedLevel() != null) {
			relationship.expect(request.expectedLevel());
		}
		audit.record(relationship.getId(), actor, "RELATIONSHIP_CREATED",
				name + " with " + provider.getName() + ", managed by " + request.managerId()
						+ (request.expectedLevel() == null ? "" : ", expected level " + request.expectedLevel()));
		if (source != null) {
			source.copy(copyFrom, relationship.getId(), actor);
		}
		return relationship;
	}

	/** The choices of where a new relationship's measures may come from, by the heading they go under. */
	@Transactional(readOnly = true)
	public Map<String, List<MeasureSources.Source>> measureSources() {
		Map<String, List<MeasureSources.Source>> choices = new LinkedHashMap<>();
		measureSources.forEach(source -> choices.put(source.group(), source.sources()));
		return choices;
	}

	private int topLevel() {
		return levels.findAllByOrderByRankAsc().stream().mapToInt(l -> l.getRank()).max().orElse(0);
	}

	private static void checkExpectedLevel(Errors errors, Integer expectedLevel, int top) {
		errors.rejectIf(expectedLevel == null || expectedLevel < 1 || expectedLevel > top, "expectedLevel",
				"Choose the expected level, 1 to " + top);
	}

	/** A provider made by the system, such as the internal team a relationship is brought in-house to. */
	public Provider createProvider(String name, ProviderKind kind) {
		return providerService.create(ProviderService.ProviderDetails.of(name, kind), "system");
	}

	public Relationship setOutcomes(long relationshipId, Integer expectedLevel, Integer currentLevel, Integer rampUpMonths,
			String actor) {
		Relationship relationship = get(relationshipId);
		int top = topLevel();
		Errors errors = new Errors();
		checkExpectedLevel(errors, expectedLevel, top);
		errors.rejectIf(currentLevel == null || currentLevel < 0 || currentLevel > top, "currentLevel",
				"Choose the level the provider delivers today, 0 to " + top);
		errors.rejectIf(rampUpMonths == null || rampUpMonths < 0 || rampUpMonths > MAX_RAMP_UP_MONTHS, "rampUpMonths",
				"Ramp-up is 0 to " + MAX_RAMP_UP_MONTHS + " months");
		errors.throwIfAny();
		relationship.setOutcomes(expectedLevel, currentLevel, rampUpMonths);
		audit.record(relationshipId, actor, "OUTCOMES_SET", "Expected level " + expectedLevel + ", delivered today "
				+ currentLevel + ", ramp-up " + rampUpMonths + " months");
		return relationship;
	}

	/** Ramp-up runs from the first review period for the agreed number of months. */
	public Relationship startRampUp(long relationshipId) {
		Relationship relationship = get(relationshipId);
		LocalDate endsOn = relationship.firstPeriod().plusMonths(relationship.getRampUpMonths());
		relationship.startRampUp(endsOn);
		audit.record(relationshipId, "system", "RAMP_UP_STARTED", "Glide path targets apply to periods before " + endsOn);
		return relationship;
	}

	public void activate(long relationshipId, String actor) {
		get(relationshipId).activate();
		audit.record(relationshipId, actor, "MEASURES_AGREED", "The provider accepted the success measures");
	}

	public void configureCycle(long relationshipId, int missLimit, int sourcingIntervalMonths) {
		Errors errors = new Errors();
		errors.rejectIf(missLimit < 1, "missLimit", "At least one review");
		errors.rejectIf(sourcingIntervalMonths < 1, "sourcingIntervalMonths", "At least one month");
		errors.throwIfAny();
		get(relationshipId).configureCycle(missLimit, sourcingIntervalMonths);
	}

	/** Longest reason an ending keeps (the column holds 1,000). */
	static final int MAX_END_REASON = 500;

	/**
	 * A person ends the relationship on a day up to today (a later end is planned outside Pacer for now): refused
	 * without a reason, on a day before it started or after today, or when it ended already.
	 */
	public Relationship end(long relationshipId, LocalDate on, String reason, String actor) {
		Relationship relationship = get(relationshipId);
		String why = reason == null ? "" : reason.strip();
		Errors errors = new Errors();
		errors.rejectIf(relationship.getStatus() == RelationshipStatus.ENDED, "endedOn",
				"It ended already, on " + relationship.getEndedOn());
		errors.rejectIf(on == null, "endedOn", "Give the day it ends");
		errors.rejectIf(on != null && on.isBefore(relationship.getStartDate()), "endedOn",
				"It started on " + relationship.getStartDate() + ": give that day or a later one");
		errors.rejectIf(on != null && on.isAfter(clock.today()), "endedOn",
				"Give today (" + clock.today() + ") or an earlier day");
		errors.rejectIf(why.isEmpty(), "reason", "Say why it ends");
		errors.rejectIf(why.length() > MAX_END_REASON, "reason", "Keep the reason to " + MAX_END_REASON + " characters");
		errors.throwIfAny();
		endOn(relationship, on, why, actor);
		return relationship;
	}

	/** The processes' own end (a sourcing decision, the lifecycle's message): today, and only once. */
	public void end(long relationshipId, String reason, String actor) {
		Relationship relationship = get(relationshipId);
		if (relationship.getStatus() != RelationshipStatus.ENDED) {
			endOn(relationship, clock.today(), reason, actor);
		}
	}

	private void endOn(Relationship relationship, LocalDate on, String reason, String actor) {
		relationship.end(on, reason);
		audit.record(relationship.getId(), actor, "RELATIONSHIP_ENDED", reason);
		events.publishEvent(new RelationshipEnded(relationship.getId(), on, reason, actor));
	}

	/**
	 * A new manager for the relationship. Every task created from now on goes to them, since the processes read the
	 * manager from the relationship when they create a task (RelationshipPeople).
	 */
	public Relationship reassignManager(long relationshipId, String newManagerId, String actor) {
		Relationship relationship = get(relationshipId);
		Errors errors = new Errors();
		errors.rejectIf(newManagerId == null || !directory.isMember(newManagerId, Roles.MANAGERS), "managerId",
				"Choose a relationship manager");
		errors.throwIfAny();
		String previous = relationship.getManagerId();
		relationship.reassignTo(newManagerId);
		audit.record(relationshipId, actor, "MANAGER_REASSIGNED", "Managed by " + newManagerId + " instead of " + previous);
		return relationship;
	}

	@Transactional(readOnly = true)
	public Relationship get(long relationshipId) {
		return relationships.findById(relationshipId)
				.orElseThrow(() -> new NotFoundException("Relationship", relationshipId));
	}

	@Transactional(readOnly = true)
	public boolean none() {
		return relationships.count() == 0;
	}

	@Transactional(readOnly = true)
	public List<Relationship> all() {
		return relationships.findAllByOrderByNameAsc();
	}

	@Transactional(readOnly = true)
	public List<Provider> providers() {
		return providers.findAll();
	}

	public Provider providerForInHouseTeam(String teamName) {
		String name = teamName == null || teamName.isBlank() ? "In-house team" : teamName.trim();
		return providers.findByName(name).orElseGet(() -> createProvider(name, ProviderKind.INTERNAL_TEAM));
	}
}
