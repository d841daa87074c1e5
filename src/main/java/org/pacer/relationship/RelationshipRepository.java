package org.pacer.relationship;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RelationshipRepository extends JpaRepository<Relationship, Long>, JpaSpecificationExecutor<Relationship> {

	// the provider comes in the same query: lists show it on every row
	@EntityGraph(attributePaths = "provider")
	List<Relationship> findAllByOrderByNameAsc();

	@EntityGraph(attributePaths = "provider")
	List<Relationship> findByProviderCandidateGroupInOrderByNameAsc(List<String> groups);

	/** Relationships by id with their providers, in one query (findAllById loaded each provider on its own). */
	@EntityGraph(attributePaths = "provider")
	List<Relationship> findByIdIn(Collection<Long> ids);

	/** The inbox's search box: relationships whose name or provider's name contains the text, at most 101. */
	@Query("select r.id from Relationship r where lower(r.name) like :pattern or lower(r.provider.name) like :pattern")
	List<Long> idsMatching(@Param("pattern") String pattern, Limit limit);

	@Query("select r.status, count(r) from Relationship r group by r.status")
	List<Object[]> countsByStatus();

	@Query("select r.status, count(r) from Relationship r where r.provider.candidateGroup in :groups group by r.status")
	List<Object[]> countsByStatus(@Param("groups") Collection<String> groups);

	@Query("select r.id from Relationship r where r.provider.id = :providerId")
	List<Long> idsOfProvider(@Param("providerId") long providerId);
}
