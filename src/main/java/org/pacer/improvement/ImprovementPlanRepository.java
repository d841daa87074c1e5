package org.pacer.improvement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ImprovementPlanRepository extends JpaRepository<ImprovementPlan, Long>, JpaSpecificationExecutor<ImprovementPlan> {

	Optional<ImprovementPlan> findByReviewId(Long reviewId);

	List<ImprovementPlan> findByRelationshipIdOrderByCreatedAtDesc(Long relationshipId);
}
