package org.pacer.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Needs as new measures see them: the current version of each, retired ones left out unless asked for. */
public interface PersistentNeedRepository extends JpaRepository<PersistentNeed, Long> {

	/** The needs offered for new measures up to a level: current and not retired. */
	@Query("select n from PersistentNeed n join fetch n.level l where n.supersededAt is null and n.retiredAt is null "
			+ "and l.rank <= ?1 order by l.rank, n.perspective, n.name")
	List<PersistentNeed> findUpToLevel(int rank);

	/** The current version of the need with this code. */
	@Query("select n from PersistentNeed n where n.supersededAt is null and n.code = ?1")
	Optional<PersistentNeed> findByCode(String code);

	/** Every need's current version, retired ones too, as the catalogue page lists them. */
	@Query("select n from PersistentNeed n join fetch n.level l where n.supersededAt is null "
			+ "order by l.rank, n.perspective, n.name")
	List<PersistentNeed> findCurrent();

	@Query("select n from PersistentNeed n where n.supersededAt is null and n.level = ?1")
	List<PersistentNeed> findCurrentOnLevel(HierarchyLevel level);

	/** Every version of a need, oldest first. */
	List<PersistentNeed> findByCodeOrderByVersionAsc(String code);

	/** Every version on the level (of any need). */
	List<PersistentNeed> findByLevel(HierarchyLevel level);

	boolean existsByLevel(HierarchyLevel level);

	boolean existsByCode(String code);
}
