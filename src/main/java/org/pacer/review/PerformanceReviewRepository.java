package org.pacer.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PerformanceReviewRepository extends JpaRepository<PerformanceReview, Long>, JpaSpecificationExecutor<PerformanceReview> {

	Optional<PerformanceReview> findByRelationshipIdAndPeriodStart(Long relationshipId, LocalDate periodStart);

	List<PerformanceReview> findByRelationshipIdOrderByPeriodStartDesc(Long relationshipId);

	@Query("select new org.pacer.review.ReviewService$ReviewPeriodOf(r.relationshipId, r.periodStart) "
			+ "from PerformanceReview r where r.relationshipId in :ids")
	List<ReviewService.ReviewPeriodOf> periodsOf(@Param("ids") Collection<Long> relationshipIds);

	List<PerformanceReview> findByRelationshipIdAndStatusOrderByPeriodStartDesc(Long relationshipId, ReviewStatus status);
}
