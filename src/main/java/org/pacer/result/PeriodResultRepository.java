package org.pacer.result;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.pacer.measure.MeasureReferences;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PeriodResultRepository extends JpaRepository<PeriodResult, Long>, MeasureReferences {

	List<PeriodResult> findByMeasureIdInAndPeriodStart(Collection<Long> measureIds, LocalDate periodStart);

	List<PeriodResult> findByMeasureIdInOrderByPeriodStartAsc(Collection<Long> measureIds);

	/** A measure with results is history: the measure feature asks here which ones have any. */
	@Override
	@Query("select distinct r.measureId from PeriodResult r where r.measureId in ?1")
	Set<Long> referencedMeasures(Collection<Long> measureIds);
}
