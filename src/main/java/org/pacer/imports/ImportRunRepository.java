package org.pacer.imports;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

	List<ImportRun> findTop10ByCreatedByOrderByCreatedAtDesc(String createdBy);

	/** Moves a run on only from the state it is in, so two clicks (or two nodes) start one save. */
	@Modifying
	@Transactional
	@Query("update ImportRun r set r.status = :to, r.doneRows = 0, r.updatedAt = :now where r.id = :id and r.status = :from")
	int move(long id, ImportStatus from, ImportStatus to, Instant now);

	@Modifying
	@Transactional
	@Query("update ImportRun r set r.totalRows = :total, r.doneRows = :done, r.errorRows = :errors, r.updatedAt = :now where r.id = :id")
	void progress(long id, int total, int done, int errors, Instant now);

	@Modifying
	@Transactional
	@Query("update ImportRun r set r.status = :status, r.totalRows = :total, r.doneRows = :done, r.errorRows = :errors, "
			+ "r.savedRows = :saved, r.message = :message, r.updatedAt = :now where r.id = :id")
	void finish(long id, ImportStatus status, int total, int done, int errors, int saved, String message, Instant now);
}
