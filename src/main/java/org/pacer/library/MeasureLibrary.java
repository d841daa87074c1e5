package org.pacer.library;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pacer.catalogue.PersistentNeed;
import org.pacer.catalogue.PersistentNeedRepository;
import org.pacer.common.Errors;
import org.pacer.common.NotFoundException;
import org.pacer.common.UserInput;
import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.measure.MeasureSuggestions;
import org.pacer.measure.MeasureTargets;
import org.pacer.measure.SuggestedMeasure;
import org.pacer.time.PacerClock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the measure library: sets, their templates, and each template's versions. A change to a template is its next
 * version, so a measure that copied an earlier one keeps naming what it copied. Every door (pages, /api/v1) goes
 * through here, with the same rules and the same check of who may change the library.
 */
@Service
@Transactional
public class MeasureLibrary implements MeasureSuggestions {

	private static final int MAX_SET_NAME = 100;

	private static final int MAX_NAME = 200;

	private static final int MAX_UNIT = 40;

	private static final int MAX_TEXT = 1000;

	private static final Comparator<TemplateView> BY_LEVEL_THEN_NAME = Comparator.comparingInt(TemplateView::level)
			.thenComparing(TemplateView::need).thenComparing(TemplateView::name, String.CASE_INSENSITIVE_ORDER);

	private final LibrarySetRepository sets;

	private final MeasureTemplateRepository templates;

	private final TemplateVersionRepository versions;

	private final PersistentNeedRepository needs;

	private final PacerClock clock;

	MeasureLibrary(LibrarySetRepository sets, MeasureTemplateRepository templates, TemplateVersionRepository versions,
			PersistentNeedRepository needs, PacerClock clock) {
		this.sets = sets;
		this.templates = templates;
		this.versions = versions;
		this.needs = needs;
		this.clock = clock;
	}

	/** Staff read the library: managers start their measures from it. Provider people do not see it. */
	public static boolean mayRead(CurrentUser user) {
		return !user.isProvider() && (user.isManager() || mayEdit(user));
	}

	/** Administrators and process owners keep the library. */
	public static boolean mayEdit(CurrentUser user) {
		return !user.isProvider() && (user.has(Roles.ROLE_ADMIN) || user.has(Roles.ROLE_PROCESS_OWNER));
	}

	public static CurrentUser checkMayRead(CurrentUser user) {
		if (!mayRead(user)) {
			throw new AccessDeniedException("The measure library is for managers, process owners and administrators");
		}
		return user;
	}

	public static CurrentUser checkMayEdit(CurrentUser user) {
		if (!mayEdit(user)) {
			throw new AccessDeniedException("The measure library is kept by process owners and administrators");
		}
		return user;
	}

	@Transactional(readOnly = true)
	public List<SetView> sets() {
		List<LibrarySet> all = sets.findAllByOrderByNameAsc();
		Map<Long, List<TemplateView>> bySet = current(templates.findBySetIdIn(all.stream().map(LibrarySet::getId)
				.toList())).stream().collect(Collectors.groupingBy(TemplateView::setId));
		return all.stream().map(s -> view(s, bySet.getOrDefault(s.getId(), List.of()))).toList();
	}

	@Transactional(readOnly = true)
	public SetView set(long setId) {
		LibrarySet set = findSet(setId);
		return view(set, current(templates.findBySetIdIn(List.of(setId))));
	}

	@Transactional(readOnly = true)
	public TemplateView template(long templateId) {
		MeasureTemplate template = findTemplate(templateId);
		return TemplateView.of(template, versions.findByTemplateIdOrderByVersionDesc(templateId).get(0));
	}

	/** Every version of a template, newest first. */
	@Transactional(readOnly = true)
	public List<TemplateView> history(long templateId) {
		MeasureTemplate template = findTemplate(templateId);
		return versions.findByTemplateIdOrderByVersionDesc(templateId).stream()
				.map(v -> TemplateView.of(template, v)).toList();
	}

	public SetView createSet(SetDraft draft, String actor) {
		String name = checkSet(draft, null);
		LibrarySet set = sets.save(new LibrarySet(name, description(draft), actor, clock.now()));
		return view(set, List.of());
	}

	public SetView updateSet(long setId, SetDraft draft, String actor) {
		LibrarySet set = findSet(setId);
		set.describe(checkSet(draft, setId), description(draft));
		return set(setId);
	}

	/** A new template in the set, at version 1. */
	public TemplateView addTemplate(long setId, TemplateDraft draft, String actor) {
		findSet(setId);
		Errors errors = new Errors();
		PersistentNeed need = draft.needId() == null ? null : needs.findById(draft.needId()).orElse(null);
		errors.rejectIf(need == null, "needId", "Choose the persistent need the template measures");
		checkTemplate(errors, setId, null, draft);
		errors.throwIfAny();
		MeasureTemplate template = templates.save(new MeasureTemplate(setId, need));
		return TemplateView.of(template, versions.save(new TemplateVersion(template.getId(), 1, draft, actor,
				clock.now())));
	}

	/**
	 * The template's next version. Measures defined from an earlier version keep their values and the version they
	 * name. The same values again make no new version.
	 */
	public TemplateView reviseTemplate(long templateId, TemplateDraft draft, String actor) {
		MeasureTemplate template = findTemplate(templateId);
		Errors errors = new Errors();
		errors.rejectIf(draft.needId() != null && !draft.needId().equals(template.getNeed().getId()), "needId",
				"A template stays with its need: add a new template for another need");
		checkTemplate(errors, template.getSetId(), templateId, draft);
		errors.throwIfAny();
		TemplateVersion latest = versions.findByTemplateIdOrderByVersionDesc(templateId).get(0);
		if (latest.suggests(draft)) {
			return TemplateView.of(template, latest);
		}
		return TemplateView.of(template, versions.save(new TemplateVersion(templateId, latest.getVersion() + 1, draft,
				actor, clock.now())));
	}

	@Override
	@Transactional(readOnly = true)
	public List<SuggestedMeasure> forNeeds(Collection<Long> needIds) {
		if (needIds.isEmpty()) {
			return List.of();
		}
		Map<Long, String> setNames = sets.findAll().stream()
				.collect(Collectors.toMap(LibrarySet::getId, LibrarySet::getName));
		Map<String, Long> current = currentNeeds();
		return current(templates.findForNeedsOfAnyVersion(needIds)).stream()
				.sorted(Comparator.comparing((TemplateView t) -> setNames.get(t.setId())).thenComparing(BY_LEVEL_THEN_NAME))
				.map(t -> suggestion(t, setNames.get(t.setId()), current)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SuggestedMeasure> current(long templateId) {
		return templates.findById(templateId)
				.map(t -> suggestion(template(templateId), findSet(t.getSetId()).getName(), currentNeeds()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SuggestedMeasure> version(long templateId, int version) {
		return templates.findById(templateId).flatMap(t -> versions.findByTemplateIdAndVersion(templateId, version)
				.map(v -> suggestion(TemplateView.of(t, v), findSet(t.getSetId()).getName(), currentNeeds())));
	}

	/** The templates of a set at their current versions, as measures would copy them. */
	@Transactional(readOnly = true)
	public List<SuggestedMeasure> suggestionsOf(long setId) {
		SetView set = set(setId);
		Map<String, Long> current = currentNeeds();
		return set.templates().stream().map(t -> suggestion(t, set.name(), current)).toList();
	}

	private String checkSet(SetDraft draft, Long setId) {
		String name = draft.name() == null ? "" : draft.name().trim();
		Errors errors = new Errors();
		errors.rejectIf(name.isEmpty(), "name", "Give the set a name, such as Managed hosting");
		errors.rejectIf(name.length() > MAX_SET_NAME, "name", "Keep the name under " + MAX_SET_NAME + " characters");
		errors.rejectIf(!name.isEmpty() && (setId == null ? sets.existsByNameIgnoreCase(name)
				: sets.existsByNameIgnoreCaseAndIdNot(name, setId)), "name", "There is already a set named '" + name + "'");
		errors.rejectIf(description(draft) != null && description(draft).length() > MAX_TEXT, "description",
				"Keep the description under " + MAX_TEXT + " characters");
		errors.throwIfAny();
		return name;
	}

	/** The same rules as a measure's, and a name no other template of the set has, in any case. */
	private void checkTemplate(Errors errors, long setId, Long templateId, TemplateDraft draft) {
		String name = draft.name() == null ? "" : draft.name().trim();
		errors.rejectIf(name.isEmpty(), "name", "Give the template a name");
		errors.rejectIf(name.length() > MAX_NAME, "name", "Keep the name under " + MAX_NAME + " characters");
		errors.rejectIf(!name.isEmpty() && current(templates.findBySetIdIn(List.of(setId))).stream()
				.anyMatch(t -> !Objects.equals(t.id(), templateId) && t.name().equalsIgnoreCase(name)), "name",
				"This set already has a template named '" + name + "'");
		errors.rejectIf(draft.definition() != null && draft.definition().trim().length() > MAX_TEXT, "definition",
				"Keep the definition under " + MAX_TEXT + " characters");
		errors.rejectIf(draft.unit() == null || draft.unit().isBlank(), "unit", "Give the unit, for example % or hours");
		errors.rejectIf(draft.unit() != null && draft.unit().trim().length() > MAX_UNIT, "unit",
				"Keep the unit under " + MAX_UNIT + " characters");
		errors.rejectIf(draft.direction() == null, "direction", "Say whether higher or lower is better");
		inRange(errors, "target", draft.target());
		inRange(errors, "threshold", draft.threshold());
		inRange(errors, "weight", draft.weight());
		MeasureTargets.check(errors, draft.direction(), draft.target(), draft.threshold(), draft.weight());
		draft.valid().check(errors, draft.target(), draft.threshold(), draft.unit());
		errors.rejectIf(draft.reportedBy() == null, "reportedBy", "Say who reports the results");
	}

	/** The range every number Pacer takes is held to, whichever door it came through. */
	private static void inRange(Errors errors, String field, BigDecimal value) {
		try {
			UserInput.amount(value, field);
		}
		catch (ValidationException e) {
			errors.reject(field, e.fieldErrors().get(field));
		}
	}

	private List<TemplateView> current(List<MeasureTemplate> of) {
		if (of.isEmpty()) {
			return List.of();
		}
		Map<Long, MeasureTemplate> byId = of.stream().collect(Collectors.toMap(MeasureTemplate::getId, Function.identity()));
		return versions.currentOf(byId.keySet()).stream().map(v -> TemplateView.of(byId.get(v.getTemplateId()), v))
				.sorted(BY_LEVEL_THEN_NAME).toList();
	}

	private static SetView view(LibrarySet set, List<TemplateView> templates) {
		return new SetView(set.getId(), set.getName(), set.getDescription(), templates);
	}

	/**
	 * A template as a measure copies it, for its need's current version: a template made before the need changed
	 * (decision 18: a need in use changes by a new version) still measures that need.
	 */
	private SuggestedMeasure suggestion(TemplateView t, String setName, Map<String, Long> currentNeeds) {
		// the template's need was loaded with the template: no query here
		long needId = needs.findById(t.needId()).map(need -> currentNeeds.get(need.getCode())).orElse(t.needId());
		return new SuggestedMeasure(t.id(), t.version(), setName, needId, t.name(), t.definition(), t.unit(),
				t.direction(), t.target(), t.threshold(), t.weight(), t.valid(), t.reportedBy().label());
	}

	/** The current version of every need by its code: one query per call, not one per template. */
	private Map<String, Long> currentNeeds() {
		return needs.findCurrent().stream().collect(Collectors.toMap(PersistentNeed::getCode, PersistentNeed::getId));
	}

	private static String description(SetDraft draft) {
		return draft.description() == null || draft.description().isBlank() ? null : draft.description().trim();
	}

	private LibrarySet findSet(long setId) {
		return sets.findById(setId).orElseThrow(() -> new NotFoundException("Library set", setId));
	}

	private MeasureTemplate findTemplate(long templateId) {
		return templates.findById(templateId).orElseThrow(() -> new NotFoundException("Template", templateId));
	}
}
