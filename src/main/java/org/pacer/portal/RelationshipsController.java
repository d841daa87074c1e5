package org.pacer.portal;

import org.pacer.relationship.ProviderService;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipAccess;
import org.pacer.relationship.RelationshipFilter;
import org.pacer.relationship.RelationshipStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.pacer.audit.AuditLog;
import org.pacer.catalogue.HierarchyLevel;
import org.pacer.catalogue.HierarchyLevelRepository;
import org.pacer.catalogue.MaturityLevel;
import org.pacer.catalogue.MaturityLevelRepository;
import org.pacer.common.NotFoundException;
import org.pacer.common.UserInput;
import org.pacer.improvement.ImprovementAction;
import org.pacer.improvement.ImprovementPlan;
import org.pacer.improvement.ImprovementService;
import org.pacer.measure.GlidePathTarget;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.operations.Incidents;
import org.pacer.operations.IncidentsController;
import org.pacer.review.PerformanceReview;
import org.pacer.review.ReviewService;
import org.pacer.scorecard.Rating;
import org.pacer.scorecard.Scorecard;
import org.pacer.scorecard.ScorecardService;
import org.pacer.scorecard.Standings;
import org.pacer.sourcing.SourcingService;
import org.pacer.time.PacerClock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The relationships the user may see, one relationship in full, and its lifecycle diagram. */
@Controller
class RelationshipsController {

	/** Lines of the audit trail per page: a relationship running for years gathers thousands. */
	static final int AUDIT_PAGE = 50;

	private final RelationshipAccess access;

	private final RelationshipOverview overview;

	private final HierarchyLevelRepository levels;

	private final MaturityLevelRepository maturityLevels;

	private final MeasureService measures;

	private final ScorecardService scorecards;

	private final ReviewService reviews;

	private final ImprovementService improvements;

	private final SourcingService sourcing;

	private final AuditLog audit;

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final PacerClock clock;

	private final Incidents incidents;

	private final ProviderService providers;

	public RelationshipsController(RelationshipAccess access, RelationshipOverview overview, ProviderService providers,
			HierarchyLevelRepository levels,
			MaturityLevelRepository maturityLevels, MeasureService measures, ScorecardService scorecards,
			ReviewService reviews,
			ImprovementService improvements, SourcingService sourcing, AuditLog audit, RepositoryService repository,
			RuntimeService runtime, PacerClock clock, Incidents incidents) {
		this.access = access;
		this.overview = overview;
		this.providers = providers;
		this.levels = levels;
		this.maturityLevels = maturityLevels;
		this.measures = measures;
		this.scorecards = scorecards;
		this.reviews = reviews;
		this.improvements = improvements;
		this.sourcing = sourcing;
		this.audit = audit;
		this.repository = repository;
		this.runtime = runtime;
		this.clock = clock;
		this.incidents = incidents;
	}

	/** Relationships a page of the list shows. */
	static final int LIST_PAGE = 50;

	/**
	 * What the list was asked for, as typed in the address bar: every value is text, so nothing fails to bind; a
	 * value that names nothing (an unknown status, a provider "abc") narrows to nothing or is left out.
	 */
	public record ListQuery(String q, String provider, String status, String standing, String sort, String page) {
	}

	/** The orders the list offers; the id last, so no relationship shows on two pages or on none. */
	private static final Map<String, Sort> LIST_ORDERS = Map.of(
			"name", Sort.by("name", "id"),
			"provider", Sort.by("provider.name", "name", "id"),
			"manager", Sort.by("managerId", "name", "id"),
			"status", Sort.by("status", "name", "id"));

	/** The relationships the user may see, 50 a page, filtered, sorted and counted in the database. */
	@GetMapping("/relationships")
	public String list(@ModelAttribute("query") ListQuery query, Model model) {
		RelationshipFilter filter = new RelationshipFilter(idOrNone(query.provider()), null,
				enumOrNull(RelationshipStatus.class, query.status()), query.q());
		Specification<Relationship> standing = Standings.latestIs(enumOrNull(Rating.class, query.standing()));
		Sort order = LIST_ORDERS.getOrDefault(query.sort() == null ? "name" : query.sort(), LIST_ORDERS.get("name"));
		Page<Relationship> page = access.page(filter, standing,
				PageRequest.of(ListPage.asked(query.page()), LIST_PAGE, order));
		model.addAttribute("lines", overview.linesOf(page.getContent()));
		model.addAttribute("pager", ListPage.of(page, p -> listLink(query, p)));
		model.addAttribute("providers", access.me().isProvider() ? List.of() : providers.all());
		model.addAttribute("statuses", RelationshipStatus.values());
		model.addAttribute("ratings", Rating.values());
		return "relationships/list";
	}

	/** The address of another page of the list, keeping its filters and order. */
	private static String listLink(ListQuery query, int page) {
		Map<String, Object> kept = new LinkedHashMap<>();
		kept.put("q", query.q());
		kept.put("provider", query.provider());
		kept.put("status", query.status());
		kept.put("standing", query.standing());
		kept.put("sort", query.sort());
		kept.put("page", page);
		return ListPage.address("/relationships", kept);
	}

	/** The id the text names; null for a blank one, and for one that is no id an id nothing has. */
	private static Long idOrNone(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.strip().matches("\\d{1,18}") ? Long.valueOf(text.strip()) : -1L;
	}

	/** The constant the text names, or null for a blank or unknown one. */
	private static <E extends Enum<E>> E enumOrNull(Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(text.strip())) {
				return constant;
			}
		}
		return null;
	}

	@GetMapping("/relationships/{id}")
	public String detail(@PathVariable long id, @RequestParam(defaultValue = "0") long auditPage, Model model) {
		Relationship relationship = access.relationship(id);
		model.addAttribute("relationship", relationship);
		// sourcing deliberations are the client's own: a provider sees their outcome, not the board's reasoning
		boolean clientSide = !access.me().isProvider();
		// a scorecard loads with its lines, so the latest one renders in full after the transaction
		List<Scorecard> scorecards = this.scorecards.history(id);
		List<ImprovementPlan> plans = improvements.plansOf(id);
		List<HierarchyLevel> ladder = new ArrayList<>(levels.findAllByOrderByRankAsc());
		Collections.reverse(ladder);
		model.addAttribute("ladder", ladder);
		model.addAttribute("glidePath", relationship.getRampUpEndsOn() == null ? null : glidePath(relationship));
		model.addAttribute("scorecard", scorecards.isEmpty() ? null : scorecards.get(scorecards.size() - 1));
		model.addAttribute("scorecardOfReview", scorecards.stream()
				.collect(Collectors.toMap(Scorecard::getReviewId, Function.identity())));
		model.addAttribute("trend", scorecards.stream()
				.map(s -> new TrendPoint(relationship.periodLabel(s.getPeriodStart()), s.getOverallScore())).toList());
		List<PerformanceReview> reviewList = reviews.reviewsOf(id);
		model.addAttribute("reviews", reviewList);
		model.addAttribute("reviewById", reviewList.stream()
				.collect(Collectors.toMap(PerformanceReview::getId, Function.identity())));
		model.addAttribute("plans", plans);
		model.addAttribute("actionsOfPlan", improvements.actionsOfPlans(plans).stream()
				.collect(Collectors.groupingBy(ImprovementAction::getPlanId)));
		model.addAttribute("today", clock.today());
		model.addAttribute("maturity", improvements.maturityOf(id));
		model.addAttribute("maturityNames", maturityLevels.findAll().stream()
				.collect(Collectors.toMap(MaturityLevel::getLevel, MaturityLevel::getName)));
		model.addAttribute("clientSide", clientSide);
		model.addAttribute("decisions", clientSide ? sourcing.decisionsOf(id) : List.of());
		model.addAttribute("trail", audit.trail(id, clientSide,
				// a page past any trail clamps to one whose first line still has an index
				UserInput.clamp(auditPage, 0, Integer.MAX_VALUE / AUDIT_PAGE - 1), AUDIT_PAGE));
		model.addAttribute("lifecycleRunning", overview.lifecycleOf(id).isPresent());
		// failed steps are the client side's to fix; a provider only sees their effect
		model.addAttribute("incidents", clientSide ? incidents.of(id) : List.of());
		model.addAttribute("mayRetry", IncidentsController.mayRetry(access.me()));
		return "relationships/detail";
	}

	/** A point of the overall-score chart: the period's label and its score (null when no measure had data). */
	public record TrendPoint(String period, BigDecimal score) {
	}

	/** The BPMN of the running lifecycle and the steps it is at, for the viewer on the detail page. */
	public record Diagram(String xml, List<String> activeActivityIds) {
	}

	@GetMapping("/relationships/{id}/diagram")
	@ResponseBody
	public Diagram diagram(@PathVariable long id) {
		// the same access rule as the page: another provider's relationship is not found
		access.relationship(id);
		ProcessInstance lifecycle = overview.lifecycleOf(id)
				.orElseThrow(() -> new NotFoundException("Running lifecycle of relationship", id));
		try (InputStream xml = repository.getProcessModel(lifecycle.getProcessDefinitionId())) {
			return new Diagram(new String(xml.readAllBytes(), StandardCharsets.UTF_8),
					runtime.getActiveActivityIds(lifecycle.getId()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The ramp-up's interim targets: the periods in order, and per measure its target of each period. */
	public record GlidePath(List<LocalDate> periods, List<SuccessMeasure> measures,
			Map<Long, Map<LocalDate, BigDecimal>> targets) {
	}

	private GlidePath glidePath(Relationship relationship) {
		List<SuccessMeasure> all = measures.measuresOf(relationship.getId());
		List<GlidePathTarget> targets = measures.glidePathOf(all).stream()
				.filter(t -> relationship.inRampUp(t.getPeriodStart())).toList();
		Map<Long, Map<LocalDate, BigDecimal>> byMeasure = targets.stream()
				.collect(Collectors.groupingBy(GlidePathTarget::getMeasureId,
						Collectors.toMap(GlidePathTarget::getPeriodStart, RelationshipsController::shown)));
		TreeSet<LocalDate> periods = targets.stream().map(GlidePathTarget::getPeriodStart)
				.collect(Collectors.toCollection(TreeSet::new));
		return new GlidePath(List.copyOf(periods), all.stream().filter(m -> byMeasure.containsKey(m.getId())).toList(),
				byMeasure);
	}

	/** A glide path target as the table shows it: interim steps can have many decimals, two are enough to read. */
	private static BigDecimal shown(GlidePathTarget target) {
		return target.getTarget().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
	}
}
