package org.pacer.modeler;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessDraftRepository extends JpaRepository<ProcessDraft, Long> {

	List<ProcessDraft> findTop20ByOrderBySavedAtDescIdDesc();
}
