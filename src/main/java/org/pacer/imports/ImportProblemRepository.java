package org.pacer.imports;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportProblemRepository extends JpaRepository<ImportProblem, Long> {

	List<ImportProblem> findByRunIdOrderByLineAscIdAsc(long runId, Pageable page);
}
