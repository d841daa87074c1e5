package org.pacer.result;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodResultRepository extends JpaRepository<PeriodResult, Long> {

	List<PeriodResult> findByMeasureIdInAndPeriodStart(Collection<Long> measureIds, LocalDate periodStart);

	List<PeriodResult> findByMeasureIdInOrderByPeriodStartAsc(Collection<Long> measureIds);
}
