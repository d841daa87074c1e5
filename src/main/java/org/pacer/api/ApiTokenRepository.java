package org.pacer.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findBySecretHash(String secretHash);

	List<ApiToken> findByProviderIdInOrderByCreatedAtDesc(Collection<Long> providerIds);

	List<ApiToken> findAllByOrderByCreatedAtDesc();

	List<ApiToken> findByCreatedByAndRevokedAtIsNull(String createdBy);
}
