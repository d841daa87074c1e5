package org.pacer.improvement;

import static org.pacer.improvement.ImprovementProcess.PLAN_ID;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pacer.catalogue.MaturityLevel;
import org.pacer.catalogue.MaturityLevelRepository;
import org.pacer.identity.Directory;
import org.pacer.identity.Roles;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.taskform.FormFields;
import org.pacer.taskform.TaskContext;
import org.pacer.taskform.TaskForm;
import org.pacer.time.PacerClock;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * Task_SubmitImprovementPlan: the provider writes the plan's summary and target maturity and its actions for both
 * sides (added and removed in place by {@link PlanActionsController}), then submits it. Submitting saves the summary
 * and target maturity first, so they are kept even when the plan is refused for missing actions.
 * <p>
 * Also shows the plan the way every improvement form does ({@link #showPlan}).
 */
@Component
class SubmitPlanForm implements TaskForm {

	private final ImprovementService improvements;

	private final MeasureService measures;

	private final MaturityLevelRepository maturityLevels;

	private final Directory directory;

	private final PacerClock clock;

	public SubmitPlanForm(ImprovementService improvements, MeasureService measures,
			MaturityLevelRepository maturityLevels, Directory directory, PacerClock clock) {
		this.improvements = improvements;
		this.measures = measures;
		this.maturityLevels = maturityLevels;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public String taskKey() {
		return "Task_SubmitImprovementPlan";
	}

	@Override
	public String view() {
		return "tasks/submit-plan";
	}

	@Override
	public void show(TaskContext task, Model model) {
		showActionRows(task, model);
	}

	/** No variables: the listener submits the plan as saved, and refuses it without actions or target maturity. */
	@Override
	public Map<String, Object> read(TaskContext task, MultiValueMap<String, String> form) {
		improvements.describe(task.id(PLAN_ID.name()), FormFields.text(form, "summary"), FormFields.whole(form, "targetMaturity"));
		return Map.of();
	}

	/** The plan with its action rows and what a new row can choose from: owners of both sides, the measures. */
	void showActionRows(TaskContext task, Model model) {
		List<SuccessMeasure> all = showPlan(task, model);
		model.addAttribute("measures", all);
		model.addAttribute("providerOwners", names(directory.membersOf(task.relationship().getProvider().getCandidateGroup())));
		model.addAttribute("clientOwners", names(directory.membersOf(Roles.MANAGERS)));
	}

	/**
	 * What every improvement form shows of the task's plan: the plan, its actions with their owners' names and linked
	 * measures, and the names of the maturity levels. Returns the relationship's measures.
	 */
	public List<SuccessMeasure> showPlan(TaskContext task, Model model) {
		ImprovementPlan plan = improvements.plan(task.id(PLAN_ID.name()));
		List<ImprovementAction> actions = improvements.actionsOf(plan.getId());
		List<SuccessMeasure> all = measures.measuresOf(task.relationship().getId());
		model.addAttribute("plan", plan);
		model.addAttribute("actions", actions);
		model.addAttribute("ownerNames", names(actions.stream().map(ImprovementAction::getOwnerUser).distinct().toList()));
		model.addAttribute("measureNames", all.stream().collect(Collectors.toMap(SuccessMeasure::getId, SuccessMeasure::getName)));
		model.addAttribute("maturityNames", maturityLevels.findAll(Sort.by("level")).stream()
				.collect(Collectors.toMap(MaturityLevel::getLevel, MaturityLevel::getName, (a, b) -> a, LinkedHashMap::new)));
		model.addAttribute("today", clock.today());
		return all;
	}

	/** User id to display name, by user id. */
	private Map<String, String> names(Collection<String> userIds) {
		return userIds.stream().sorted().collect(Collectors.toMap(Function.identity(), directory::displayName,
				(a, b) -> a, LinkedHashMap::new));
	}
}
