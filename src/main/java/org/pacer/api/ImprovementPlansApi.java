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

import org.pacer.common.Conditions;
import org.pacer.relationship.RelationshipAccess;
import org.pacer.relationship.RelationshipFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.pacer.api.ApiViews.PlanView;
import org.pacer.improvement.ImprovementAction;
import org.pacer.improvement.ImprovementPlan;
import org.pacer.improvement.ImprovementService;
import org.pacer.improvement.PlanStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@RequestMapping("/api/v1/improvement-plans")
@Tag(name = "Improvement plans", description = "Joint improvement plans and their actions")
class ImprovementPlansApi {

	private final RelationshipAccess access;

	private final ImprovementService improvements;

	public ImprovementPlansApi(RelationshipAccess access, ImprovementService improvements) {
		this.access = access;
		this.improvements = improvements;
	}

	@GetMapping
	@Operation(summary = "List improvement plans", description = "Newest first, each with its actions.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.PLANS)))
	public PageOf<PlanView> list(
			@Parameter(description = "Only this provider's (provider id)") @RequestParam(required = false) Long provider,
			@Parameter(description = "Only this relationship's") @RequestParam(required = false) Long relationship,
			@Parameter(description = "Only plans in this status") @RequestParam(required = false) PlanStatus status,
			@Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") long page,
			@Parameter(description = "Items per page, 1 to 200") @RequestParam(defaultValue = "20") long size) {
		Specification<ImprovementPlan> which = access
				.<ImprovementPlan>visibleThrough("relationshipId", RelationshipFilter.of(provider, relationship))
				.and(Conditions.equal("status", status));
		Page<ImprovementPlan> plans = improvements.page(which, PageOf.request(page, size)
				.withSort(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
		Map<Long, List<ImprovementAction>> actions = improvements.actionsOfPlans(plans.getContent()).stream()
				.collect(Collectors.groupingBy(ImprovementAction::getPlanId));
		return PageOf.of(plans.map(p -> PlanView.of(p, actions)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One improvement plan with its actions")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.PLAN)))
	public PlanView get(@PathVariable long id) {
		ImprovementPlan plan = access.document("Improvement plan", id, () -> improvements.plan(id),
				ImprovementPlan::getRelationshipId);
		return PlanView.of(plan, Map.of(id, improvements.actionsOf(id)));
	}
}
