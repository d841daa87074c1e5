package org.pacer.measure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GlidePathTargetRepository extends JpaRepository<GlidePathTarget, Long> {

	List<GlidePathTarget> findByMeasureIdInAndPeriodStart(Collection<Long> measureIds, LocalDate periodStart);

	List<GlidePathTarget> findByMeasureIdInOrderByPeriodStartAsc(Collection<Long> measureIds);

	boolean existsByMeasureId(Long measureId);
}
