package org.pacer.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.pacer.relationship.RelationshipAccess;
import org.pacer.relationship.RelationshipFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.pacer.api.ApiViews.DecisionView;
import org.pacer.common.NotFoundException;
import org.pacer.sourcing.SourcingDecision;
import org.pacer.sourcing.SourcingService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@RequestMapping("/api/v1/sourcing-decisions")
@Tag(name = "Sourcing decisions",
		description = "The sourcing board's decisions. A provider sees its decided ones, without the board's evidence and rationale.")
class SourcingDecisionsApi {

	private final RelationshipAccess access;

	private final SourcingService sourcing;

	public SourcingDecisionsApi(RelationshipAccess access, SourcingService sourcing) {
		this.access = access;
		this.sourcing = sourcing;
	}

	@GetMapping
	@Operation(summary = "List sourcing decisions", description = "Newest first.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.DECISIONS)))
	public PageOf<DecisionView> list(
			@Parameter(description = "Only this provider's (provider id)") @RequestParam(required = false) Long provider,
			@Parameter(description = "Only this relationship's") @RequestParam(required = false) Long relationship,
			@Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") long page,
			@Parameter(description = "Items per page, 1 to 200") @RequestParam(defaultValue = "20") long size) {
		boolean clientSide = !access.me().isProvider();
		// a provider learns of a decision once it is taken
		Specification<SourcingDecision> which = access
				.<SourcingDecision>visibleThrough("relationshipId", RelationshipFilter.of(provider, relationship))
				.and(clientSide ? null : (d, query, cb) -> cb.notEqual(d.get("status"), SourcingDecision.PENDING));
		return PageOf.of(sourcing.page(which, PageOf.request(page, size)
				.withSort(Sort.by(Sort.Order.desc("preparedAt"), Sort.Order.desc("id"))))
				.map(d -> DecisionView.of(d, clientSide)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One sourcing decision")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.DECISION)))
	public DecisionView get(@PathVariable long id) {
		boolean clientSide = !access.me().isProvider();
		SourcingDecision decision = access.document("Sourcing decision", id, () -> sourcing.get(id),
				SourcingDecision::getRelationshipId);
		// a provider learns of a decision once it is taken, as on the relationship page
		if (!clientSide && decision.isPending()) {
			throw new NotFoundException("Sourcing decision", id);
		}
		return DecisionView.of(decision, clientSide);
	}
}
