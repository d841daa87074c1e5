package org.pacer.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PerformanceReviewRepository extends JpaRepository<PerformanceReview, Long>, JpaSpecificationExecutor<PerformanceReview> {

	Optional<PerformanceReview> findByRelationshipIdAndPeriodStart(Long relationshipId, LocalDate periodStart);

	List<PerformanceReview> findByRelationshipIdOrderByPeriodStartDesc(Long relationshipId);

	List<PerformanceReview> findByRelationshipIdIn(Collection<Long> relationshipIds);

	List<PerformanceReview> findByRelationshipIdAndStatusOrderByPeriodStartDesc(Long relationshipId, ReviewStatus status);
}
