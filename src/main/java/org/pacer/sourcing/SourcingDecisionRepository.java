package org.pacer.sourcing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface SourcingDecisionRepository extends JpaRepository<SourcingDecision, Long>, JpaSpecificationExecutor<SourcingDecision> {

	List<SourcingDecision> findByRelationshipIdOrderByPreparedAtDesc(Long relationshipId);

	boolean existsByRelationshipIdAndStatus(Long relationshipId, String status);

	Optional<SourcingDecision> findFirstByRelationshipIdAndStatusOrderByDecidedAtDesc(Long relationshipId, String status);
}
