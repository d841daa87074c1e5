package org.pacer.improvement;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImprovementActionRepository extends JpaRepository<ImprovementAction, Long> {

	List<ImprovementAction> findByPlanIdOrderByDueDateAscIdAsc(Long planId);

	List<ImprovementAction> findByPlanIdInOrderByDueDateAscIdAsc(Collection<Long> planIds);

	List<ImprovementAction> findByPlanIdAndStatusOrderByIdAsc(Long planId, ActionStatus status);
}
