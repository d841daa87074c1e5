package org.pacer.scorecard;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pacer.catalogue.CatalogueReferences;
import org.pacer.measure.MeasureReferences;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ScorecardRepository extends JpaRepository<Scorecard, Long>, JpaSpecificationExecutor<Scorecard>, MeasureReferences, CatalogueReferences {

	Optional<Scorecard> findByReviewId(Long reviewId);

	@Query("select s.id from Scorecard s where s.reviewId in ?1")
	List<Long> idsOfReviews(Collection<Long> reviewIds);

	// a recomputation replaces scorecards with a statement per table, not one per row as a cascade would
	@Modifying
	@Query("delete from ScorecardLine l where l.scorecard.id in ?1")
	void deleteLinesOf(Collection<Long> scorecardIds);

	@Modifying
	@Query("delete from ScorecardPerspective p where p.scorecard.id in ?1")
	void deletePerspectivesOf(Collection<Long> scorecardIds);

	@Modifying
	@Query("delete from ScorecardLevel l where l.scorecard.id in ?1")
	void deleteLevelsOf(Collection<Long> scorecardIds);

	List<Scorecard> findByRelationshipIdOrderByPeriodStartAsc(Long relationshipId);

	List<Scorecard> findByReviewIdIn(Collection<Long> reviewIds);

	/** The latest scorecard of each relationship in one query (a relationship without any has none). */
	@Query("select s from Scorecard s where s.relationshipId in ?1 and s.periodStart = "
			+ "(select max(o.periodStart) from Scorecard o where o.relationshipId = s.relationshipId)")
	List<Scorecard> latestOf(Collection<Long> relationshipIds);

	/** The headline figures of every scorecard of the relationships, oldest period first, in one query. */
	@Query("select new org.pacer.scorecard.ScorecardFigures(s.relationshipId, s.overallScore, s.ratings) "
			+ "from Scorecard s where s.relationshipId in ?1 order by s.periodStart")
	List<ScorecardFigures> figuresOf(Collection<Long> relationshipIds);

	/** A version a scorecard was computed with keeps its targets: the measure feature asks here which ones were. */
	@Override
	@Query("select distinct l.measureVersionId from ScorecardLine l where l.measureVersionId in ?1")
	Set<Long> referencedVersions(Collection<Long> versionIds);

	/** A level a scorecard showed (its standing, even with no measure on it) is changed by a new version only. */
	@Override
	@Query("select distinct l.levelRank from ScorecardLevel l where l.levelRank in ?1")
	Set<Integer> referencedLevelRanks(Collection<Integer> ranks);

	/** All lines of a relationship's scorecards in one query, for trends. */
	@Query("select l from Scorecard s join s.lines l where s.relationshipId = ?1 order by s.periodStart")
	List<ScorecardLine> linesOf(Long relationshipId);
}
