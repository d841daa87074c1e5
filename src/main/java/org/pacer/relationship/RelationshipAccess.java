package org.pacer.relationship;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.pacer.common.NotFoundException;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
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

	RelationshipAccess(RelationshipRepository relationships) {
		this.relationships = relationships;
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

	/** The visible relationships by id, in name order, of one provider and/or one relationship when given. */
	public Map<Long, Relationship> relationships(Long providerId, Long relationshipId) {
		Map<Long, Relationship> visible = new LinkedHashMap<>();
		visibleRelationships().stream()
				.filter(r -> providerId == null || r.getProvider().getId().equals(providerId))
				.filter(r -> relationshipId == null || r.getId().equals(relationshipId))
				.forEach(r -> visible.put(r.getId(), r));
		return visible;
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
