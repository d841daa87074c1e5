package org.pacer.api;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderLeadRepository extends JpaRepository<ProviderLead, Long> {

	List<ProviderLead> findByUserId(String userId);

	boolean existsByProviderIdAndUserId(Long providerId, String userId);
}
