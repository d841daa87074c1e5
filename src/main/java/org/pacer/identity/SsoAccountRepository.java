package org.pacer.identity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SsoAccountRepository extends JpaRepository<SsoAccount, String> {

	Optional<SsoAccount> findByIssuerAndSubject(String issuer, String subject);
}
