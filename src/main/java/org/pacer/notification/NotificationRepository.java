package org.pacer.notification;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	boolean existsByDedupKey(String dedupKey);

	List<Notification> findByRelationshipIdOrderByCreatedAtDesc(Long relationshipId);

	List<Notification> findByKind(String kind);

	/** A person's notifications, to them or to one of their groups, newest first, a page and its count. */
	@Query(value = "select n from Notification n where n.recipientUser = :user or n.recipientGroup in :groups "
			+ "order by n.createdAt desc, n.id desc",
			countQuery = "select count(n) from Notification n where n.recipientUser = :user or n.recipientGroup in :groups")
	Page<Notification> findFor(@Param("user") String user, @Param("groups") Collection<String> groups, Pageable page);
}
