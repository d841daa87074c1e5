package org.pacer.portal;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.task.Task;
import org.pacer.relationship.RelationshipAccess;
import org.pacer.relationship.Relationship;
import org.pacer.portal.RelationshipOverview.Line;
import org.pacer.scorecard.ScorecardFigures;
import org.pacer.time.PacerClock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The manager's view over every relationship: standing, trend, overdue work and the reviews coming up. */
@Controller
class DashboardController {

	private final RelationshipAccess access;

	private final RelationshipOverview overview;

	private final PacerClock clock;

	public DashboardController(RelationshipAccess access, RelationshipOverview overview, PacerClock clock) {
		this.access = access;
		this.overview = overview;
		this.clock = clock;
	}

	/** An open task past its due date, with its relationship. */
	public record OverdueTask(Task task, Relationship relationship) {
	}

	@GetMapping("/dashboard")
	public String dashboard(Model model) {
		if (!access.me().isManager()) {
			throw new AccessDeniedException("The dashboard is for relationship managers.");
		}
		List<Line> lines = overview.linesOf(access.visibleRelationships());
		// the open tasks came with the lines, in the same two queries
		Date now = clock.nowAsDate();
		List<OverdueTask> overdue = lines.stream()
				.flatMap(l -> l.openTasks().stream()
						.filter(t -> t.getDueDate() != null && t.getDueDate().before(now))
						.map(t -> new OverdueTask(t, l.relationship())))
				.sorted(Comparator.comparing(o -> o.task().getDueDate()))
				.toList();
		YearMonth month = YearMonth.from(clock.today());
		List<Line> dueThisMonth = lines.stream()
				.filter(l -> l.nextReview() != null && l.nextReview().periodEndsIn(month))
				.sorted(Comparator.comparing(l -> l.nextReview().startsOn()))
				.toList();
		model.addAttribute("lines", lines);
		model.addAttribute("overdue", overdue);
		model.addAttribute("dueThisMonth", dueThisMonth);
		model.addAttribute("month", month);
		model.addAttribute("redCount",
				lines.stream().filter(l -> l.latest() != null && l.latest().ratings().hasRed()).count());
		model.addAttribute("belowExpected", lines.stream()
				.filter(l -> l.relationship().getExpectedLevel() != null && !l.atExpectedLevel()).count());
		model.addAttribute("trends", lines.stream().collect(Collectors.toMap(l -> l.relationship().getId(),
				l -> l.standings().stream().map(ScorecardFigures::overallScore).toList())));
		return "dashboard";
	}
}
