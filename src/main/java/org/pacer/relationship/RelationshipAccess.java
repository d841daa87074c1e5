package org.pacer.relationship;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.pacer.common.NotFoundException;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which relationships the signed-in user may see, enforced on the server for pages, forms and the API alike. A
 * provider user asking for another provider's relationship, or a document of one, gets "not found", exactly as for
 * an id that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class RelationshipAccess {

	private final RelationshipRepository relationships;

	private final RelationshipPages pages;

	RelationshipAccess(RelationshipRepository relationships, RelationshipPages pages) {
		this.relationships = relationships;
		this.pages = pages;
	}

	public CurrentUser me() {
		return CurrentUser.signedIn();
	}

	public List<Relationship> visibleRelationships() {
		CurrentUser me = me();
		if (me.seesAllRelationships()) {
			return relationships.findAllByOrderByNameAsc();
		}
		return me.providerGroups().isEmpty() ? List.of()
				: relationships.findByProviderCandidateGroupInOrderByNameAsc(me.providerGroups());
	}

	/**
	 * A page of the relationships the user may see that pass the filter and {@code more} (null for nothing more),
	 * each with its provider: filtered, sorted, paged and counted by the database (two statements), the visibility a
	 * condition of the same query.
	 */
	public Page<Relationship> page(RelationshipFilter filter, Specification<Relationship> more, Pageable page) {
		return pages.page(visible().and(filter.specification()).and(more), page);
	}

	/** How many relationships the user may see pass the filter and {@code more}: one count query. */
	public long count(RelationshipFilter filter, Specification<Relationship> more) {
		return relationships.count(visible().and(filter.specification()).and(more));
	}

	/** How many of the relationships the user may see are in each status: one query. */
	public Map<RelationshipStatus, Long> countsByStatus() {
		CurrentUser me = me();
		List<Object[]> rows = me.seesAllRelationships() ? relationships.countsByStatus()
				: me.providerGroups().isEmpty() ? List.of() : relationships.countsByStatus(me.providerGroups());
		Map<RelationshipStatus, Long> counts = new EnumMap<>(RelationshipStatus.class);
		for (RelationshipStatus status : RelationshipStatus.values()) {
			counts.put(status, 0L);
		}
		rows.forEach(row -> counts.put((RelationshipStatus) row[0], (Long) row[1]));
		return counts;
	}

	/**
	 * The condition, for another list whose rows name their relationship by id in {@code attribute}, that the
	 * relationship is one the user may see and passes the filter: a subquery of that list's own query, so the list
	 * pages and counts in the database with the visibility applied.
	 */
	public <T> Specification<T> visibleThrough(String attribute, RelationshipFilter filter) {
		Specification<Relationship> which = visible().and(filter.specification());
		return (root, query, cb) -> root.get(attribute).in(RelationshipFilter.ids(query, cb, which));
	}

	/** Every relationship for the client side's overview roles; a provider's people their own providers' only. */
	private Specification<Relationship> visible() {
		CurrentUser me = me();
		if (me.seesAllRelationships()) {
			return (root, query, cb) -> cb.conjunction();
		}
		List<String> groups = me.providerGroups();
		return (root, query, cb) -> groups.isEmpty() ? cb.disjunction()
				: root.get("provider").get("candidateGroup").in(groups);
	}

	public boolean canSee(Relationship relationship) {
		CurrentUser me = me();
		return me.seesAllRelationships() || me.groups().contains(relationship.getProvider().getCandidateGroup());
	}

	public Relationship relationship(long id) {
		return relationships.findById(id).filter(this::canSee).orElseThrow(() -> new NotFoundException("Relationship", id));
	}

	/**
	 * A relationship the caller may change (hand over, end): a manager or an administrator who sees it. A provider's
	 * person gets 403 on their own relationship and 404 on another's, as everywhere.
	 */
	public Relationship relationshipToManage(long id) {
		Relationship relationship = relationship(id);
		CurrentUser me = me();
		if (me.isProvider() || !(me.isManager() || me.has(Roles.ROLE_ADMIN))) {
			throw new AccessDeniedException("A relationship is changed by a manager or an administrator");
		}
		return relationship;
	}

	/** The document when its relationship is visible to the caller; otherwise it does not exist for them. */
	public <T> T document(String what, long id, Supplier<T> load, Function<T, Long> relationshipOf) {
		Optional<T> found;
		try {
			found = Optional.of(load.get());
		}
		catch (NotFoundException e) {
			found = Optional.empty();
		}
		return found.filter(d -> relationships.findById(relationshipOf.apply(d)).filter(this::canSee).isPresent())
				.orElseThrow(() -> new NotFoundException(what, id));
	}
}
