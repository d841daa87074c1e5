package org.pacer.measure;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SuccessMeasureRepository extends JpaRepository<SuccessMeasure, Long> {

	@Query("select m from SuccessMeasure m join fetch m.need n join fetch n.level where m.relationshipId = ?1 order by n.level.rank, m.name")
	List<SuccessMeasure> findByRelationship(Long relationshipId);

	@Query("select distinct m.relationshipId from SuccessMeasure m where m.retiredFrom is null")
	List<Long> relationshipsWithActiveMeasures();

	boolean existsByRelationshipIdAndNameIgnoreCase(Long relationshipId, String name);
}
