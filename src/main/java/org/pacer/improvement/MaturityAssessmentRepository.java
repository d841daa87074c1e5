package org.pacer.improvement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MaturityAssessmentRepository extends JpaRepository<MaturityAssessment, Long> {

	List<MaturityAssessment> findByRelationshipIdOrderByAssessedOnAscIdAsc(Long relationshipId);
}
