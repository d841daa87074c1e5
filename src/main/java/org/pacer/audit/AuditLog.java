package org.pacer.audit;

import java.util.List;

import org.pacer.time.PacerClock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit trail in the caller's transaction, so an action and its record commit or fail together. */
@Service
public class AuditLog {

	/** Actions of the sourcing board's deliberations start with this. */
	public static final String SOURCING = "SOURCING_";

	private final AuditEventRepository events;

	private final PacerClock clock;

	public AuditLog(AuditEventRepository events, PacerClock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void record(Long relationshipId, String actor, String action, String detail) {
		events.save(new AuditEvent(relationshipId, actor == null ? "system" : actor, action, detail, clock.now()));
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> trail(Long relationshipId) {
		return events.findByRelationshipIdOrderByOccurredAtDescIdDesc(relationshipId);
	}

	/** A page of the trail, newest first; without the sourcing board's deliberations when those are not to be seen. */
	@Transactional(readOnly = true)
	public Page<AuditEvent> trail(Long relationshipId, boolean withSourcing, int page, int size) {
		Pageable newestFirst = PageRequest.of(Math.max(page, 0), size,
				Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
		return withSourcing ? events.findByRelationshipId(relationshipId, newestFirst)
				: events.findByRelationshipIdAndActionNotLike(relationshipId, SOURCING + "%", newestFirst);
	}
}
