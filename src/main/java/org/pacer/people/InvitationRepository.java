package org.pacer.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	List<Invitation> findByGroupIdInAndAcceptedAtIsNullAndRevokedAtIsNullOrderByInvitedAtDesc(Collection<String> groups);

	boolean existsByUserIdIgnoreCaseAndAcceptedAtIsNullAndRevokedAtIsNull(String userId);

	boolean existsByEmailIgnoreCaseAndAcceptedAtIsNullAndRevokedAtIsNull(String email);
}
