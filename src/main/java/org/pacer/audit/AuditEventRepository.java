package org.pacer.audit;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

	List<AuditEvent> findByRelationshipIdOrderByOccurredAtDescIdDesc(Long relationshipId);

	Page<AuditEvent> findByRelationshipId(Long relationshipId, Pageable page);

	Page<AuditEvent> findByRelationshipIdAndActionNotLike(Long relationshipId, String action, Pageable page);
}
