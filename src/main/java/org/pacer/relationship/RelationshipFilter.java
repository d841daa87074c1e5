package org.pacer.relationship;

import java.util.Locale;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

/**
 * What a list of relationships is narrowed to, as the pages and the API ask for it: one provider, one relationship,
 * a status, a text found in the relationship's or the provider's name. Each part left null narrows nothing. It
 * becomes a condition of the database's query, so a list is filtered and counted where it is stored.
 */
public record RelationshipFilter(Long providerId, Long relationshipId, RelationshipStatus status, String search) {

	public static final RelationshipFilter NONE = new RelationshipFilter(null, null, null, null);

	public static RelationshipFilter of(Long providerId, Long relationshipId) {
		return new RelationshipFilter(providerId, relationshipId, null, null);
	}

	/** The search text as typed, without its surrounding blanks; empty when none was given. */
	public String searchText() {
		return search == null ? "" : search.strip();
	}

	Specification<Relationship> specification() {
		return (root, query, cb) -> {
			Predicate conditions = cb.conjunction();
			if (providerId != null) {
				conditions = cb.and(conditions, cb.equal(root.get("provider").get("id"), providerId));
			}
			if (relationshipId != null) {
				conditions = cb.and(conditions, cb.equal(root.get("id"), relationshipId));
			}
			if (status != null) {
				conditions = cb.and(conditions, cb.equal(root.get("status"), status));
			}
			if (!searchText().isEmpty()) {
				String pattern = likePattern(searchText());
				conditions = cb.and(conditions, cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
						cb.like(cb.lower(root.get("provider").get("name")), pattern, '\\')));
			}
			return conditions;
		};
	}

	/** Relationships with an expected level that their provider does not deliver yet (or has not been measured at). */
	public static Specification<Relationship> belowExpectedLevel() {
		return (root, query, cb) -> cb.and(cb.isNotNull(root.get("expectedLevel")),
				cb.or(cb.isNull(root.get("achievedLevel")),
						cb.lessThan(root.get("achievedLevel"), root.<Integer>get("expectedLevel"))));
	}

	/** "%text%" in lower case, the text's own % and _ matching only themselves. */
	public static String likePattern(String text) {
		return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/**
	 * The ids of the relationships {@code which} lets through, as a subquery of another list's query. The conditions
	 * of {@link #specification()} and of the visibility never read their query, so none is passed.
	 */
	static Subquery<Long> ids(CommonAbstractCriteria query, CriteriaBuilder cb, Specification<Relationship> which) {
		Subquery<Long> ids = query.subquery(Long.class);
		Root<Relationship> relationship = ids.from(Relationship.class);
		Predicate condition = which.toPredicate(relationship, null, cb);
		return ids.select(relationship.get("id")).where(condition);
	}
}
