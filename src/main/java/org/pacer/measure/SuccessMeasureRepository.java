package org.pacer.measure;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.pacer.catalogue.CatalogueReferences;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SuccessMeasureRepository extends JpaRepository<SuccessMeasure, Long>, CatalogueReferences {

	@Query("select m from SuccessMeasure m join fetch m.need n join fetch n.level where m.relationshipId = ?1 order by n.level.rank, m.name")
	List<SuccessMeasure> findByRelationship(Long relationshipId);

	/** The measures of many relationships in one query, each relationship's in the order of the one above. */
	@Query("select m from SuccessMeasure m join fetch m.need n join fetch n.level where m.relationshipId in ?1 order by n.level.rank, m.name")
	List<SuccessMeasure> findByRelationshipIn(Collection<Long> relationshipIds);

	/** A need version a measure was defined with stays as it was: the catalogue asks here which ones were. */
	@Override
	@Query("select distinct m.need.id from SuccessMeasure m where m.need.id in ?1")
	Set<Long> referencedNeeds(Collection<Long> needIds);

	@Query("select distinct m.relationshipId from SuccessMeasure m where m.retiredFrom is null")
	List<Long> relationshipsWithActiveMeasures();

	boolean existsByRelationshipIdAndNameIgnoreCase(Long relationshipId, String name);
}
