package org.pacer.scorecard;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.pacer.relationship.Relationship;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How relationships stand by their latest scorecard, read in the database for lists of any length: a condition on a
 * relationship's latest standing, the latest figures of a page's relationships, the count of each standing. The
 * latest scorecard is the one of the latest period (of two for one period, the later computed).
 */
@Service
@Transactional(readOnly = true)
public class Standings {

	private final StandingRepository standings;

	private final ScorecardRepository scorecards;

	private final EntityManager entityManager;

	Standings(StandingRepository standings, ScorecardRepository scorecards, EntityManager entityManager) {
		this.standings = standings;
		this.scorecards = scorecards;
		this.entityManager = entityManager;
	}

	/**
	 * A page of the scorecards the condition lets through, paged and counted in the database. The page's ids first:
	 * a scorecard's lines come with it by a subselect of the query that loaded it, which for a paged query of
	 * scorecards would be every matching scorecard's lines, not the page's.
	 */
	public Page<Scorecard> page(Specification<Scorecard> which, Pageable page) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> select = cb.createQuery(Long.class);
		Root<Scorecard> s = select.from(Scorecard.class);
		select.select(s.get("id")).where(which.toPredicate(s, select, cb))
				.orderBy(QueryUtils.toOrders(page.getSort(), s, cb));
		List<Long> ids = entityManager.createQuery(select).setFirstResult((int) page.getOffset())
				.setMaxResults(page.getPageSize()).getResultList();
		Map<Long, Scorecard> byId = scorecards.findAllById(ids).stream()
				.collect(Collectors.toMap(Scorecard::getId, Function.identity()));
		return new PageImpl<>(ids.stream().map(byId::get).toList(), page, scorecards.count(which));
	}

	/** Relationships whose latest scorecard has this standing; null for any relationship, with a scorecard or not. */
	public static Specification<Relationship> latestIs(Rating standing) {
		if (standing == null) {
			return null;
		}
		return scorecardWhere("relationshipId", standing, true);
	}

	/** Scorecards of this standing; null for any. */
	public static Specification<Scorecard> ratedAs(Rating standing) {
		return standing == null ? null : (s, query, cb) -> standingIs(s.get("ratings"), standing, cb);
	}

	/** Reviews (rows whose id is a review's) whose scorecard has this standing; null for any review. */
	public static <T> Specification<T> reviewRatedAs(Rating standing) {
		if (standing == null) {
			return null;
		}
		return scorecardWhere("reviewId", standing, false);
	}

	/** The latest figures of each of the relationships that has a scorecard, by relationship id: one query. */
	public Map<Long, ScorecardFigures> latestFiguresOf(Collection<Long> relationshipIds) {
		return relationshipIds.isEmpty() ? Map.of()
				: standings.latestFiguresOf(relationshipIds).stream()
						.collect(Collectors.toMap(ScorecardFigures::relationshipId, Function.identity()));
	}

	/** How many relationships stand at each rating by their latest scorecard (those without one are not counted). */
	public Map<Rating, Long> countsOfLatest() {
		Object[] row = standings.latestCounts().get(0);
		Map<Rating, Long> counts = new EnumMap<>(Rating.class);
		counts.put(Rating.RED, ((Number) row[0]).longValue());
		counts.put(Rating.AMBER, ((Number) row[1]).longValue());
		counts.put(Rating.GREEN, ((Number) row[2]).longValue());
		counts.put(Rating.NO_DATA, ((Number) row[3]).longValue());
		return counts;
	}

	/**
	 * A scorecard of this standing exists whose {@code link} is the row's id (the latest of its relationship's only,
	 * when asked).
	 */
	private static <T> Specification<T> scorecardWhere(String link, Rating standing, boolean latestOnly) {
		return (row, query, cb) -> {
			Subquery<Long> rated = query.subquery(Long.class);
			Root<Scorecard> s = rated.from(Scorecard.class);
			Predicate linked = cb.and(cb.equal(s.get(link), row.get("id")), standingIs(s.get("ratings"), standing, cb));
			rated.select(s.get("id")).where(latestOnly ? cb.and(linked, latest(s, rated, cb)) : linked);
			return cb.exists(rated);
		};
	}

	/** No other scorecard of the relationship is of a later period, or of the same period and computed later. */
	private static Predicate latest(Root<Scorecard> s, CommonAbstractCriteria query, CriteriaBuilder cb) {
		Subquery<Long> newer = query.subquery(Long.class);
		Root<Scorecard> o = newer.from(Scorecard.class);
		Path<java.time.LocalDate> period = s.get("periodStart");
		Path<java.time.LocalDate> otherPeriod = o.get("periodStart");
		newer.select(o.get("id")).where(cb.equal(o.get("relationshipId"), s.get("relationshipId")),
				cb.or(cb.greaterThan(otherPeriod, period),
						cb.and(cb.equal(otherPeriod, period), cb.greaterThan(o.<Long>get("id"), s.<Long>get("id")))));
		return cb.not(cb.exists(newer));
	}

	/** The condition of {@link RagCounts#standing()}, the worst rating, on the four count columns. */
	private static Predicate standingIs(Path<RagCounts> ratings, Rating standing, CriteriaBuilder cb) {
		Predicate noRed = cb.equal(ratings.get("red"), 0);
		Predicate noAmber = cb.equal(ratings.get("amber"), 0);
		return switch (standing) {
			case RED -> cb.greaterThan(ratings.get("red"), 0);
			case AMBER -> cb.and(noRed, cb.greaterThan(ratings.get("amber"), 0));
			case GREEN -> cb.and(noRed, noAmber, cb.greaterThan(ratings.get("green"), 0));
			case NO_DATA -> cb.and(noRed, noAmber, cb.equal(ratings.get("green"), 0));
		};
	}
}
