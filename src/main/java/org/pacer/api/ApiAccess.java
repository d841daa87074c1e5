package org.pacer.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.pacer.common.NotFoundException;
import org.pacer.identity.Access;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Access} for the API's lists and documents: the caller's relationships narrowed by the filters, and a
 * document of a relationship the caller may not see answered "not found" under its own name.
 */
@Component
@Transactional(readOnly = true)
public class ApiAccess {

	private final Access access;

	private final RelationshipRepository relationships;

	public ApiAccess(Access access, RelationshipRepository relationships) {
		this.access = access;
		this.relationships = relationships;
	}

	/** The visible relationships by id, in name order, of one provider and/or one relationship when given. */
	public Map<Long, Relationship> relationships(Long providerId, Long relationshipId) {
		Map<Long, Relationship> visible = new LinkedHashMap<>();
		access.visibleRelationships().stream()
				.filter(r -> providerId == null || r.getProvider().getId().equals(providerId))
				.filter(r -> relationshipId == null || r.getId().equals(relationshipId))
				.forEach(r -> visible.put(r.getId(), r));
		return visible;
	}

	public Relationship relationship(long id) {
		return access.relationship(id);
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
		return found.filter(d -> relationships.findById(relationshipOf.apply(d)).filter(access::canSee).isPresent())
				.orElseThrow(() -> new NotFoundException(what, id));
	}

	public boolean callerIsProvider() {
		return access.me().isProvider();
	}
}
