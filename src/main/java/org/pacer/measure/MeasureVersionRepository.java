package org.pacer.measure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureVersionRepository extends JpaRepository<MeasureVersion, Long> {

	/** Every version of the given measures that is already in force at the period; the newest per measure wins. */
	List<MeasureVersion> findByMeasureIdInAndEffectiveFromLessThanEqualOrderByEffectiveFromAsc(Collection<Long> measureIds,
			LocalDate periodStart);

	List<MeasureVersion> findByMeasureIdInOrderByEffectiveFromAsc(Collection<Long> measureIds);

	Optional<MeasureVersion> findByMeasureIdAndEffectiveFrom(Long measureId, LocalDate effectiveFrom);
}
