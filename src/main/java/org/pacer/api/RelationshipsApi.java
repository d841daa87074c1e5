package org.pacer.api;

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
import org.pacer.relationship.Relationship;
import org.pacer.scorecard.Rating;
import org.pacer.scorecard.Scorecard;
import org.pacer.scorecard.ScorecardService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@RequestMapping("/api/v1/relationships")
@Tag(name = "Relationships", description = "The relationships the caller may see, and their success measures")
class RelationshipsApi {

	private final RelationshipAccess access;

	private final ScorecardService scorecards;

	private final MeasureService measures;

	public RelationshipsApi(RelationshipAccess access, ScorecardService scorecards, MeasureService measures) {
		this.access = access;
		this.scorecards = scorecards;
		this.measures = measures;
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
		Map<Long, Relationship> visible = access.relationships(provider, null);
		Map<Long, Scorecard> latest = scorecards.latestOf(visible.keySet());
		List<RelationshipView> views = visible.values().stream()
				.map(r -> RelationshipView.of(r, latest.get(r.getId())))
				.filter(v -> standing == null
						|| v.latestScorecard() != null && v.latestScorecard().standing().equals(standing.name()))
				.toList();
		return PageOf.of(views, page, size);
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
