package org.pacer.audit;

import java.util.List;

import org.pacer.time.PacerClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit trail in the caller's transaction, so an action and its record commit or fail together. */
@Service
public class AuditLog {

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
}
