package org.pacer.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.pacer.common.Conditions;
import org.pacer.relationship.RelationshipAccess;
import org.pacer.relationship.RelationshipFilter;
import org.pacer.scorecard.Standings;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.pacer.api.ApiViews.ScorecardSummary;
import org.pacer.api.ApiViews.ScorecardView;
import org.pacer.scorecard.Rating;
import org.pacer.scorecard.Scorecard;
import org.pacer.scorecard.ScorecardService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@RequestMapping("/api/v1/scorecards")
@Tag(name = "Scorecards", description = "Computed scorecards, each figure with the inputs and the sentence that explain it")
class ScorecardsApi {

	private final RelationshipAccess access;

	private final ScorecardService scorecards;

	private final Standings standings;

	public ScorecardsApi(RelationshipAccess access, ScorecardService scorecards, Standings standings) {
		this.access = access;
		this.scorecards = scorecards;
		this.standings = standings;
	}

	@GetMapping
	@Operation(summary = "List scorecards", description = "Newest period first; the headline figures of each.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.SCORECARDS)))
	public PageOf<ScorecardSummary> list(
			@Parameter(description = "Only this provider's (provider id)") @RequestParam(required = false) Long provider,
			@Parameter(description = "Only this relationship's") @RequestParam(required = false) Long relationship,
			@Parameter(description = "Only this period (its first day)", example = "2026-10-01") @RequestParam(required = false) LocalDate period,
			@Parameter(description = "Only this standing (the worst rating on the scorecard)") @RequestParam(required = false) Rating standing,
			@Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") long page,
			@Parameter(description = "Items per page, 1 to 200") @RequestParam(defaultValue = "20") long size) {
		Specification<Scorecard> which = access
				.<Scorecard>visibleThrough("relationshipId", RelationshipFilter.of(provider, relationship))
				.and(Conditions.equal("periodStart", period)).and(Standings.ratedAs(standing));
		return PageOf.of(standings.page(which, PageOf.request(page, size)
				.withSort(Sort.by(Sort.Order.desc("periodStart"), Sort.Order.asc("relationshipId"), Sort.Order.asc("id"))))
				.map(ScorecardSummary::of));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One scorecard in full",
			description = "Every line with actual, target, amber line, weight, attainment, rating and explanation; the perspectives and hierarchy levels.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.SCORECARD)))
	public ScorecardView get(@PathVariable long id) {
		return ScorecardView.of(access.document("Scorecard", id, () -> scorecards.get(id), Scorecard::getRelationshipId));
	}
}
