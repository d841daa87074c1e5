package org.pacer.people;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	Optional<Invitation> findByTokenHash(String tokenHash);

	boolean existsByUserIdIgnoreCaseAndAcceptedAtIsNullAndRevokedAtIsNull(String userId);

	boolean existsByEmailIgnoreCaseAndAcceptedAtIsNullAndRevokedAtIsNull(String email);
}
