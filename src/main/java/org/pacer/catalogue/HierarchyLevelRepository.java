package org.pacer.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HierarchyLevelRepository extends JpaRepository<HierarchyLevel, Long> {

	List<HierarchyLevel> findAllByOrderByRankAsc();

	Optional<HierarchyLevel> findByRank(int rank);
}
