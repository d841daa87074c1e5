package org.pacer.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The current levels (superseded versions stay for the needs measured on them, and are read through those). */
public interface HierarchyLevelRepository extends JpaRepository<HierarchyLevel, Long> {

	@Query("select l from HierarchyLevel l where l.supersededAt is null order by l.rank")
	List<HierarchyLevel> findAllByOrderByRankAsc();

	@Query("select l from HierarchyLevel l where l.supersededAt is null and l.rank = ?1")
	Optional<HierarchyLevel> findByRank(int rank);
}
