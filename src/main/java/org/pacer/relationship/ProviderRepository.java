package org.pacer.relationship;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProviderRepository extends JpaRepository<Provider, Long> {

	Optional<Provider> findByName(String name);

	Optional<Provider> findByNameIgnoreCase(String name);

	List<Provider> findAllByOrderByNameAsc();

	Optional<Provider> findByCandidateGroup(String candidateGroup);

	Page<Provider> findAllBy(Pageable page);

	Page<Provider> findByCandidateGroupIn(Collection<String> groups, Pageable page);
}
