package org.pacer.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.pacer.api.ApiViews.ReviewView;
import org.pacer.export.ReviewReport;
import org.pacer.review.PerformanceReview;
import org.pacer.review.ReviewService;
import org.pacer.review.ReviewStatus;
import org.pacer.scorecard.Rating;
import org.pacer.scorecard.Scorecard;
import org.pacer.scorecard.ScorecardService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Reviews", description = "Performance reviews, one per relationship and period, and their PDF report")
class ReviewsApi {

	private final RelationshipAccess access;

	private final ReviewService reviews;

	private final ScorecardService scorecards;

	private final ReviewReport report;

	public ReviewsApi(RelationshipAccess access, ReviewService reviews, ScorecardService scorecards, ReviewReport report) {
		this.access = access;
		this.reviews = reviews;
		this.scorecards = scorecards;
		this.report = report;
	}

	@GetMapping
	@Operation(summary = "List reviews", description = "Newest period first, each with its scorecard's headline figures.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.REVIEWS)))
	public PageOf<ReviewView> list(
			@Parameter(description = "Only this provider's (provider id)") @RequestParam(required = false) Long provider,
			@Parameter(description = "Only this relationship's") @RequestParam(required = false) Long relationship,
			@Parameter(description = "Only this period (its first day)", example = "2026-10-01") @RequestParam(required = false) LocalDate period,
			@Parameter(description = "Only reviews whose scorecard has this standing") @RequestParam(required = false) Rating standing,
			@Parameter(description = "Only reviews in this status") @RequestParam(required = false) ReviewStatus status,
			@Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") long page,
			@Parameter(description = "Items per page, 1 to 200") @RequestParam(defaultValue = "20") long size) {
		Specification<PerformanceReview> which = access
				.<PerformanceReview>visibleThrough("relationshipId", RelationshipFilter.of(provider, relationship))
				.and(Conditions.equal("periodStart", period)).and(Conditions.equal("status", status))
				.and(Standings.reviewRatedAs(standing));
		Page<PerformanceReview> found = reviews.page(which, PageOf.request(page, size)
				.withSort(Sort.by(Sort.Order.desc("periodStart"), Sort.Order.asc("relationshipId"), Sort.Order.asc("id"))));
		Map<Long, Scorecard> scorecardOf = scorecards.forReviews(found.map(PerformanceReview::getId).getContent())
				.stream().collect(Collectors.toMap(Scorecard::getReviewId, Function.identity()));
		return PageOf.of(found.map(r -> ReviewView.of(r, scorecardOf.get(r.getId()))));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One review", description = "The manager's assessment, the provider's answer, the scorecard's figures.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.REVIEW)))
	public ReviewView get(@PathVariable long id) {
		PerformanceReview review = review(id);
		return ReviewView.of(review, scorecards.forReview(id).orElse(null));
	}

	@GetMapping(value = "/{id}/report.pdf", produces = "application/pdf")
	@Operation(summary = "The review as a PDF report",
			description = "Scorecard with explanations, trend charts, assessment and improvement plan, to send to the provider.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(mediaType = "application/pdf",
			examples = @ExampleObject(summary = "a PDF document", value = "%PDF-1.5 ...")))
	public ResponseEntity<byte[]> pdf(@PathVariable long id) {
		PerformanceReview review = review(id);
		return report.file(access.relationship(review.getRelationshipId()), review);
	}

	private PerformanceReview review(long id) {
		return access.document("Review", id, () -> reviews.get(id), PerformanceReview::getRelationshipId);
	}
}
