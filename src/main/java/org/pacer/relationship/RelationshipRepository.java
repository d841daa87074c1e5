package org.pacer.relationship;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RelationshipRepository extends JpaRepository<Relationship, Long> {

	List<Relationship> findAllByOrderByNameAsc();

	List<Relationship> findByProviderCandidateGroupInOrderByNameAsc(List<String> groups);
}
