package org.pacer.scorecard;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The latest scorecard of each relationship, read as figures and counts, never as whole scorecards. */
interface StandingRepository extends Repository<Scorecard, Long> {

	/** Of two scorecards of one relationship, the later period's, or of one period the later computed, is latest. */
	String LATEST = "not exists (select o.id from Scorecard o where o.relationshipId = s.relationshipId "
			+ "and (o.periodStart > s.periodStart or (o.periodStart = s.periodStart and o.id > s.id)))";

	@Query("select new org.pacer.scorecard.ScorecardFigures(s.relationshipId, s.overallScore, s.ratings) "
			+ "from Scorecard s where s.relationshipId in :ids and " + LATEST)
	List<ScorecardFigures> latestFiguresOf(@Param("ids") Collection<Long> relationshipIds);

	/**
	 * How many latest scorecards stand RED, AMBER, GREEN and NO DATA, in that order: one row. The standing is
	 * {@link RagCounts#standing()}, the worst rating, read from the four count columns.
	 */
	@Query("select coalesce(sum(case when s.ratings.red > 0 then 1 else 0 end), 0), "
			+ "coalesce(sum(case when s.ratings.red = 0 and s.ratings.amber > 0 then 1 else 0 end), 0), "
			+ "coalesce(sum(case when s.ratings.red = 0 and s.ratings.amber = 0 and s.ratings.green > 0 then 1 else 0 end), 0), "
			+ "coalesce(sum(case when s.ratings.red = 0 and s.ratings.amber = 0 and s.ratings.green = 0 then 1 else 0 end), 0) "
			+ "from Scorecard s where " + LATEST)
	List<Object[]> latestCounts();
}
