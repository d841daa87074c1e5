package org.pacer.result;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.pacer.measure.MeasureReferences;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PeriodResultRepository extends JpaRepository<PeriodResult, Long>, MeasureReferences {

	List<PeriodResult> findByMeasureIdInAndPeriodStart(Collection<Long> measureIds, LocalDate periodStart);

	List<PeriodResult> findByMeasureIdInOrderByPeriodStartAsc(Collection<Long> measureIds);

	String OF_RELATIONSHIP = "from PeriodResult r, SuccessMeasure m where m.id = r.measureId and m.relationshipId = :id";

	/** A page of a relationship's results by period, then measure name. */
	@Query(value = "select r " + OF_RELATIONSHIP + " order by r.periodStart, m.name, m.id",
			countQuery = "select count(r) " + OF_RELATIONSHIP)
	Page<PeriodResult> pageOf(@Param("id") long relationshipId, Pageable page);

	/** A page of a relationship's results of one period, by measure name. */
	@Query(value = "select r " + OF_RELATIONSHIP + " and r.periodStart = :period order by m.name, m.id",
			countQuery = "select count(r) " + OF_RELATIONSHIP + " and r.periodStart = :period")
	Page<PeriodResult> pageOf(@Param("id") long relationshipId, @Param("period") LocalDate period, Pageable page);

	/** A measure with results is history: the measure feature asks here which ones have any. */
	@Override
	@Query("select distinct r.measureId from PeriodResult r where r.measureId in ?1")
	Set<Long> referencedMeasures(Collection<Long> measureIds);
}
