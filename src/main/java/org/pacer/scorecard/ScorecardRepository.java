package org.pacer.scorecard;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ScorecardRepository extends JpaRepository<Scorecard, Long> {

	Optional<Scorecard> findByReviewId(Long reviewId);

	List<Scorecard> findByRelationshipIdOrderByPeriodStartAsc(Long relationshipId);

	List<Scorecard> findByReviewIdIn(Collection<Long> reviewIds);

	/** All lines of a relationship's scorecards in one query, for trends. */
	@Query("select l from Scorecard s join s.lines l where s.relationshipId = ?1 order by s.periodStart")
	List<ScorecardLine> linesOf(Long relationshipId);
}
