package org.pacer.result;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PeriodResultAuditRepository extends JpaRepository<PeriodResultAudit, Long> {

	List<PeriodResultAudit> findByMeasureIdAndPeriodStartOrderByChangedAtAsc(Long measureId, LocalDate periodStart);
}
