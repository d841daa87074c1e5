package org.pacer.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersistentNeedRepository extends JpaRepository<PersistentNeed, Long> {

	@Query("select n from PersistentNeed n join fetch n.level l where l.rank <= ?1 order by l.rank, n.perspective, n.name")
	List<PersistentNeed> findUpToLevel(int rank);

	Optional<PersistentNeed> findByCode(String code);
}
