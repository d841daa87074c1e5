package org.pacer.notification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	boolean existsByDedupKey(String dedupKey);

	List<Notification> findByRelationshipIdOrderByCreatedAtDesc(Long relationshipId);

	List<Notification> findByKind(String kind);
}
