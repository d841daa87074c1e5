package org.pacer.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.pacer.relationship.RelationshipAccess;
import org.pacer.api.ApiViews.MeasureView;
import org.pacer.api.ApiViews.RelationshipView;
import org.pacer.measure.MeasureService;
import org.pacer.measure.MeasureVersion;
import org.pacer.measure.SuccessMeasure;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.relationship.ManagerHandover;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipFilter;
import org.pacer.relationship.RelationshipLifecycle;
import org.pacer.relationship.RelationshipService.NewRelationship;
import org.pacer.relationship.ReviewPeriod;
import org.pacer.scorecard.Rating;
import org.pacer.scorecard.Scorecard;
import org.pacer.scorecard.ScorecardService;
import org.pacer.scorecard.Standings;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@ApiController
@RequestMapping("/api/v1/relationships")
@Tag(name = "Relationships", description = "The relationships the caller may see, their success measures; starting, handing over and ending one")
class RelationshipsApi {

	private final RelationshipAccess access;

	private final ScorecardService scorecards;

	private final MeasureService measures;

	private final RelationshipLifecycle lifecycle;

	private final ManagerHandover handover;

	public RelationshipsApi(RelationshipAccess access, ScorecardService scorecards, MeasureService measures,
			RelationshipLifecycle lifecycle, ManagerHandover handover) {
		this.access = access;
		this.scorecards = scorecards;
		this.measures = measures;
		this.lifecycle = lifecycle;
		this.handover = handover;
	}

	/** What a new relationship takes, as the New relationship form: copyFrom is "library:<setId>" or "relationship:<id>". */
	public record NewRelationshipRequest(String name, Long providerId, String managerId, ReviewPeriod reviewPeriod,
			LocalDate startDate, Integer expectedLevel, String copyFrom) {
	}

	/** A relationship's new manager. */
	public record ManagerChange(String managerId) {
	}

	/** The day a relationship ends (up to today) and why. */
	public record Ending(LocalDate endedOn, String reason) {
	}

	@PostMapping
	@Operation(summary = "Start a relationship (managers and administrators)",
			description = """
					The New relationship form's rules: a name, an active provider, a manager who is a manager, monthly \
					or quarterly reviews, a start date at most ten years back or two ahead; optionally the expected \
					level and the measures to copy (a library set or another relationship's). Its lifecycle starts: \
					the manager finds "Set expected outcomes" in the inbox. Send an Idempotency-Key so a retried call \
					starts nothing twice.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = ApiExamples.NEW_RELATIONSHIP)))
	@ApiResponse(responseCode = "201", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.RELATIONSHIP)))
	public ResponseEntity<RelationshipView> create(@RequestBody NewRelationshipRequest request) {
		CurrentUser me = access.me();
		if (me.isProvider() || !(me.isManager() || me.has(Roles.ROLE_ADMIN))) {
			throw new AccessDeniedException("A relationship is started by a manager or an administrator");
		}
		Relationship created = lifecycle.create(new NewRelationship(request.name(), request.providerId(),
				request.managerId(), request.reviewPeriod(), request.startDate(), request.expectedLevel(),
				request.copyFrom()), me.id());
		return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
				.buildAndExpand(created.getId()).toUri()).body(RelationshipView.of(created, null));
	}

	@PutMapping("/{id}/manager")
	@Operation(summary = "Hand a relationship to another manager (managers and administrators)",
			description = "Open tasks assigned to the previous manager move; both managers are told.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = "{\"managerId\":\"tom\"}")))
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.RELATIONSHIP)))
	public RelationshipView handOver(@PathVariable long id, @RequestBody ManagerChange change) {
		access.relationshipToManage(id);
		Relationship relationship = handover.handOver(id, change.managerId(), access.me().id());
		return RelationshipView.of(relationship, scorecards.latestOf(List.of(id)).get(id));
	}

	@PostMapping("/{id}/end")
	@Operation(summary = "End a relationship (managers and administrators)",
			description = "On a day up to today, with a reason: its open reviews end unpublished with their plans, "
					+ "no more reviews are scheduled; its history stays.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = "{\"endedOn\":\"2026-12-01\",\"reason\":\"Contract terminated\"}")))
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.RELATIONSHIP)))
	public RelationshipView end(@PathVariable long id, @RequestBody Ending ending) {
		access.relationshipToManage(id);
		Relationship relationship = lifecycle.end(id, ending.endedOn(), ending.reason(), access.me().id());
		return RelationshipView.of(relationship, scorecards.latestOf(List.of(id)).get(id));
	}

	@GetMapping
	@Operation(summary = "List relationships",
			description = "In name order, each with its latest scorecard. A provider's token sees its own provider's only.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.RELATIONSHIPS)))
	public PageOf<RelationshipView> list(
			@Parameter(description = "Only this provider's relationships (provider id)") @RequestParam(required = false) Long provider,
			@Parameter(description = "Only those whose latest scorecard has this standing") @RequestParam(required = false) Rating standing,
			@Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") long page,
			@Parameter(description = "Items per page, 1 to 200") @RequestParam(defaultValue = "20") long size) {
		Page<Relationship> found = access.page(RelationshipFilter.of(provider, null), Standings.latestIs(standing),
				PageOf.request(page, size).withSort(Sort.by("name", "id")));
		Map<Long, Scorecard> latest = scorecards.latestOf(found.map(Relationship::getId).getContent());
		return PageOf.of(found.map(r -> RelationshipView.of(r, latest.get(r.getId()))));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One relationship", description = "Another provider's relationship answers 404.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.RELATIONSHIP)))
	public RelationshipView get(@PathVariable long id) {
		Relationship relationship = access.relationship(id);
		return RelationshipView.of(relationship, scorecards.latestOf(List.of(id)).get(id));
	}

	@GetMapping("/{id}/measures")
	@Operation(summary = "The relationship's success measures, each with all its versions",
			description = "A version holds the target, amber line and weight from a period on; scorecards keep the version they used.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.MEASURES)))
	public List<MeasureView> measures(@PathVariable long id) {
		access.relationship(id);
		List<SuccessMeasure> all = measures.measuresOf(id);
		Map<Long, List<MeasureVersion>> versions = measures.versionsOf(all).stream().collect(Collectors.groupingBy(MeasureVersion::getMeasureId));
		return all.stream().map(m -> MeasureView.of(m, versions.getOrDefault(m.getId(), List.of()))).toList();
	}
}
