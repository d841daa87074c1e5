package org.pacer.people;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderLeadRepository extends JpaRepository<ProviderLead, Long> {

	List<ProviderLead> findByUserId(String userId);

	List<ProviderLead> findByProviderId(Long providerId);

	boolean existsByProviderIdAndUserId(Long providerId, String userId);

	void deleteByUserId(String userId);
}
