package org.pacer.portal;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.pacer.portal.RelationshipOverview.Line;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipAccess;
import org.pacer.relationship.RelationshipFilter;
import org.pacer.relationship.RelationshipStatus;
import org.pacer.scorecard.Rating;
import org.pacer.scorecard.ScorecardFigures;
import org.pacer.scorecard.Standings;
import org.pacer.time.PacerClock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The manager's view over every relationship: how many stand where, a page of standings with trends, the most
 * overdue work and the reviews coming up. Counts come from count queries, lists are pages: a fixed number of
 * statements whatever the number of relationships and tasks.
 */
@Controller
class DashboardController {

	/** Relationships the standings table shows a page. */
	static final int STANDINGS_PAGE = 50;

	/** Overdue tasks and reviews due the dashboard lists; the tiles count all of them. */
	static final int FIRST = 20;

	private final RelationshipAccess access;

	private final RelationshipOverview overview;

	private final Standings standings;

	private final PacerClock clock;

	public DashboardController(RelationshipAccess access, RelationshipOverview overview, Standings standings,
			PacerClock clock) {
		this.access = access;
		this.overview = overview;
		this.standings = standings;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	public String dashboard(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
			Model model) {
		if (!access.me().isManager()) {
			throw new AccessDeniedException("The dashboard is for relationship managers.");
		}
		// the tiles count every relationship; the standings table can be narrowed to a name
		Page<Relationship> shown = access.page(new RelationshipFilter(null, null, null, q), null,
				PageRequest.of(ListPage.asked(page), STANDINGS_PAGE, Sort.by("name", "id")));
		List<Line> lines = overview.linesOf(shown.getContent());
		YearMonth month = YearMonth.from(clock.today());
		// a manager sees every relationship, so the counts over all of them are the manager's
		Map<Rating, Long> byStanding = standings.countsOfLatest();
		Map<RelationshipStatus, Long> byStatus = access.countsByStatus();
		model.addAttribute("lines", lines);
		model.addAttribute("pager", ListPage.of(shown, p -> link(q, p)));
		model.addAttribute("q", q);
		model.addAttribute("relationshipCount", access.count(RelationshipFilter.NONE, null));
		model.addAttribute("byStanding", byStanding);
		model.addAttribute("byStatus", byStatus);
		model.addAttribute("redCount", byStanding.get(Rating.RED));
		model.addAttribute("belowExpected", access.count(RelationshipFilter.NONE, RelationshipFilter.belowExpectedLevel()));
		model.addAttribute("overdue", overview.overdueTasks(FIRST));
		model.addAttribute("dueThisMonth", overview.reviewsDueIn(month, FIRST));
		model.addAttribute("month", month);
		model.addAttribute("trends", lines.stream().collect(Collectors.toMap(l -> l.relationship().getId(),
				l -> l.standings().stream().map(ScorecardFigures::overallScore).toList())));
		return "dashboard";
	}

	private static String link(String q, int page) {
		Map<String, Object> kept = new LinkedHashMap<>();
		kept.put("q", q);
		kept.put("page", page);
		return ListPage.address("/dashboard", kept);
	}
}
