package org.pacer.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.pacer.audit.AuditLog;
import org.pacer.common.Errors;
import org.pacer.common.NotFoundException;
import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.time.PacerClock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as administrators edit it (docs/decisions/0018). A level or need that a measure or a scorecard uses
 * (as the {@link CatalogueReferences} of those features say) is never rewritten or deleted: an edit makes a new
 * version, which new measures get, and the measures already defined keep theirs; a need can be retired instead.
 * An entry nothing uses yet is edited in place or deleted. Maturity levels are a fixed scale whose names are renamed.
 */
@Service
@Transactional
public class CatalogueService {

	static final int MAX_RANK = 99;

	static final int MAX_LEVEL_NAME = 100;

	static final int MAX_NEED_NAME = 200;

	static final int MAX_DESCRIPTION = 1000;

	static final int MAX_CODE = 60;

	private final HierarchyLevelRepository levels;

	private final PersistentNeedRepository needs;

	private final MaturityLevelRepository maturityLevels;

	private final List<CatalogueReferences> references;

	private final AuditLog audit;

	private final PacerClock clock;

	CatalogueService(HierarchyLevelRepository levels, PersistentNeedRepository needs,
			MaturityLevelRepository maturityLevels, List<CatalogueReferences> references, AuditLog audit,
			PacerClock clock) {
		this.levels = levels;
		this.needs = needs;
		this.maturityLevels = maturityLevels;
		this.references = references;
		this.audit = audit;
		this.clock = clock;
	}

	/** The signed-in administrator who may change the catalogue, from any door; anyone else is refused. */
	public static CurrentUser administrator() {
		CurrentUser me = CurrentUser.signedIn();
		if (!mayChange(me)) {
			throw new AccessDeniedException("The catalogue is changed by an administrator");
		}
		return me;
	}

	public static boolean mayChange(CurrentUser me) {
		return me.has(Roles.ROLE_ADMIN) && !me.isProvider();
	}

	@Transactional(readOnly = true)
	public List<HierarchyLevel> levels() {
		return levels.findAllByOrderByRankAsc();
	}

	/** Every need's current version, retired ones too. */
	@Transactional(readOnly = true)
	public List<PersistentNeed> needs() {
		return needs.findCurrent();
	}

	@Transactional(readOnly = true)
	public List<MaturityLevel> maturityLevels() {
		return maturityLevels.findAll(Sort.by("level"));
	}

	/** A current level; a superseded version is not found, since edits go to the current one. */
	@Transactional(readOnly = true)
	public HierarchyLevel level(long id) {
		return levels.findById(id).filter(l -> l.getSupersededAt() == null)
				.orElseThrow(() -> new NotFoundException("Hierarchy level", id));
	}

	@Transactional(readOnly = true)
	public PersistentNeed need(long id) {
		return needs.findById(id).filter(n -> n.getSupersededAt() == null)
				.orElseThrow(() -> new NotFoundException("Persistent need", id));
	}

	@Transactional(readOnly = true)
	public MaturityLevel maturityLevel(int level) {
		return maturityLevels.findById(level).orElseThrow(() -> new NotFoundException("Maturity level", level));
	}

	/** Whether a measure or a scorecard uses this version (so that it changes by a new version only). */
	@Transactional(readOnly = true)
	public boolean inUse(PersistentNeed need) {
		return !referencedNeeds(List.of(need.getId())).isEmpty();
	}

	@Transactional(readOnly = true)
	public boolean inUse(HierarchyLevel level) {
		return references.stream().anyMatch(r -> !r.referencedLevelRanks(List.of(level.getRank())).isEmpty())
				|| !referencedNeeds(needs.findByLevel(level).stream().map(PersistentNeed::getId).toList()).isEmpty();
	}

	public HierarchyLevel createLevel(LevelDetails details, String actor) {
		LevelDetails checked = check(details, null);
		HierarchyLevel level = levels.save(new HierarchyLevel(1, checked));
		audit.record(null, actor, "LEVEL_ADDED", describe(level));
		return level;
	}

	/**
	 * Changes a level. In use, it gets a new version, and the current needs on it move to that version (a need in use
	 * by a new version of its own); the measures defined before keep the old level. Returns the current version.
	 */
	public HierarchyLevel updateLevel(long id, LevelDetails details, String actor) {
		HierarchyLevel level = level(id);
		LevelDetails checked = check(details, level);
		if (checked.equals(level.details())) {
			return level;
		}
		if (!inUse(level)) {
			level.describe(checked);
			audit.record(null, actor, "LEVEL_CHANGED", describe(level));
			return level;
		}
		HierarchyLevel next = levels.save(level.nextVersion(checked, clock.now()));
		for (PersistentNeed need : needs.findCurrentOnLevel(level)) {
			move(need, need.details(), next);
		}
		audit.record(null, actor, "LEVEL_VERSIONED", describe(next) + ", version " + next.getVersion());
		return next;
	}

	/** Deletes a level set up by mistake: one no need was ever placed on and no scorecard showed. */
	public void deleteLevel(long id, String actor) {
		HierarchyLevel level = level(id);
		if (level.getVersion() > 1 || inUse(level)) {
			throw ValidationException.of("level", level.getName() + " is on scorecards or measures already, so it stays");
		}
		if (needs.existsByLevel(level)) {
			throw ValidationException.of("level", "Needs are placed on " + level.getName()
					+ ": move them to another level or delete them first");
		}
		levels.delete(level);
		audit.record(null, actor, "LEVEL_DELETED", describe(level));
	}

	public PersistentNeed createNeed(NeedDetails details, String actor) {
		CheckedNeed checked = check(details, null);
		PersistentNeed need = needs.save(new PersistentNeed(codeFor(checked.details.name()), 1, clock.now(),
				checked.details, checked.level));
		audit.record(null, actor, "NEED_ADDED", describe(need));
		return need;
	}

	/** Changes a need: in place while no measure uses it, else by a new version. Returns the current version. */
	public PersistentNeed updateNeed(long id, NeedDetails details, String actor) {
		PersistentNeed need = need(id);
		CheckedNeed checked = check(details, need);
		if (checked.details.equals(need.details())) {
			return need;
		}
		PersistentNeed current = move(need, checked.details, checked.level);
		audit.record(null, actor, current == need ? "NEED_CHANGED" : "NEED_VERSIONED",
				describe(current) + (current == need ? "" : ", version " + current.getVersion()));
		return current;
	}

	/**
	 * Retires a need: no new measure is defined for it and it is no coverage gap any more; the measures and
	 * scorecards that use it keep it. Retiring twice changes nothing.
	 */
	public PersistentNeed retireNeed(long id, String actor) {
		PersistentNeed need = need(id);
		if (!need.isRetired()) {
			need.retire(clock.now());
			audit.record(null, actor, "NEED_RETIRED", describe(need));
		}
		return need;
	}

	/** Deletes a need set up by mistake: one no measure ever used, in any of its versions. */
	public void deleteNeed(long id, String actor) {
		PersistentNeed need = need(id);
		List<PersistentNeed> versions = needs.findByCodeOrderByVersionAsc(need.getCode());
		if (!referencedNeeds(versions.stream().map(PersistentNeed::getId).toList()).isEmpty()) {
			throw ValidationException.of("need", need.getName()
					+ " is used by measures, so it stays; retire it to offer it no more");
		}
		needs.deleteAll(versions);
		audit.record(null, actor, "NEED_DELETED", describe(need));
	}

	public MaturityLevel renameMaturityLevel(int level, String name, String actor) {
		MaturityLevel maturity = maturityLevel(level);
		Errors errors = new Errors();
		String checked = errors.text(name, "name", MAX_LEVEL_NAME);
		errors.rejectIf(checked == null, "name", "Give the maturity level a name");
		if (checked != null) {
			maturityLevels.findAll().stream()
					.filter(other -> other.getLevel() != level && other.getName().equalsIgnoreCase(checked))
					.findFirst().ifPresent(other -> errors.reject("name",
							"Maturity level " + other.getLevel() + " is named '" + other.getName() + "' already"));
		}
		errors.throwIfAny();
		String before = maturity.getName();
		maturity.rename(checked);
		audit.record(null, actor, "MATURITY_RENAMED", level + ": " + before + " → " + checked);
		return maturity;
	}

	/** The need's current version with these details and level: itself while unused, else its next version. */
	private PersistentNeed move(PersistentNeed need, NeedDetails details, HierarchyLevel level) {
		if (!inUse(need)) {
			need.describe(details, level);
			return need;
		}
		return needs.save(need.nextVersion(details, level, clock.now()));
	}

	private Set<Long> referencedNeeds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return references.stream().flatMap(r -> r.referencedNeeds(ids).stream())
				.collect(java.util.stream.Collectors.toSet());
	}

	/** Every problem at once, each on its field; {@code current} is the level being changed, null for a new one. */
	private LevelDetails check(LevelDetails details, HierarchyLevel current) {
		Errors errors = new Errors();
		String name = errors.text(details.name(), "name", MAX_LEVEL_NAME);
		String description = errors.text(details.description(), "description", MAX_DESCRIPTION);
		errors.rejectIf(name == null, "name", "Give the level a name");
		errors.rejectIf(details.rank() == null || details.rank() < 1 || details.rank() > MAX_RANK, "rank",
				"Give the level's order, a whole number from 1 to " + MAX_RANK);
		List<MaturityLevel> scale = maturityLevels();
		errors.rejectIf(details.minMaturity() == null
				|| scale.stream().noneMatch(m -> m.getLevel() == details.minMaturity()), "minMaturity",
				"Choose the minimum maturity, " + scale.get(0).getLevel() + " to " + scale.get(scale.size() - 1).getLevel());
		for (HierarchyLevel other : levels.findAllByOrderByRankAsc()) {
			if (current != null && other.getId().equals(current.getId())) {
				continue;
			}
			errors.rejectIf(name != null && other.getName().equalsIgnoreCase(name), "name",
					"A level named '" + other.getName() + "' exists already");
			errors.rejectIf(details.rank() != null && other.getRank() == details.rank(), "rank",
					other.getName() + " has order " + other.getRank() + " already");
		}
		errors.throwIfAny();
		return new LevelDetails(details.rank(), name, description, details.minMaturity());
	}

	private record CheckedNeed(NeedDetails details, HierarchyLevel level) {
	}

	private CheckedNeed check(NeedDetails details, PersistentNeed current) {
		Errors errors = new Errors();
		String name = errors.text(details.name(), "name", MAX_NEED_NAME);
		String description = errors.text(details.description(), "description", MAX_DESCRIPTION);
		errors.rejectIf(name == null, "name", "Give the need a name");
		if (name != null) {
			needs.findCurrent().stream()
					// a retired need's name may serve a new one
					.filter(other -> !other.isRetired())
					.filter(other -> current == null || !other.getCode().equals(current.getCode()))
					.filter(other -> other.getName().equalsIgnoreCase(name)).findFirst()
					.ifPresent(other -> errors.reject("name", "A need named '" + other.getName() + "' exists already"));
		}
		errors.rejectIf(details.perspective() == null, "perspective", "Choose the scorecard perspective");
		HierarchyLevel level = details.levelId() == null ? null
				: levels.findById(details.levelId()).filter(l -> l.getSupersededAt() == null).orElse(null);
		errors.rejectIf(level == null, "levelId", "Choose a level of the hierarchy");
		errors.throwIfAny();
		return new CheckedNeed(new NeedDetails(name, description, details.perspective(), level.getId()), level);
	}

	/** A code for a new need from its name (SERVICE_AVAILABILITY), unique among all needs ever made. */
	private String codeFor(String name) {
		String base = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
		base = base.isEmpty() ? "NEED" : base.substring(0, Math.min(base.length(), MAX_CODE - 4));
		String code = base;
		for (int n = 2; needs.existsByCode(code); n++) {
			code = base + "_" + n;
		}
		return code;
	}

	private static String describe(HierarchyLevel level) {
		return level.getRank() + " · " + level.getName() + " (minimum maturity " + level.getMinMaturity() + ")";
	}

	private static String describe(PersistentNeed need) {
		return need.getName() + " (" + need.getPerspective().label() + ", level " + need.getLevel().getRank() + ")";
	}
}
