package org.pacer.relationship;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RelationshipRepository extends JpaRepository<Relationship, Long> {

	// the provider comes in the same query: lists show it on every row
	@EntityGraph(attributePaths = "provider")
	List<Relationship> findAllByOrderByNameAsc();

	@EntityGraph(attributePaths = "provider")
	List<Relationship> findByProviderCandidateGroupInOrderByNameAsc(List<String> groups);
}
