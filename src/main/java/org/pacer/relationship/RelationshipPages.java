package org.pacer.relationship;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;

/**
 * A page of relationships with their providers, and its count: always two statements. Spring Data's own paging
 * leaves the count out when the first page is not full, so a list would read one statement more once it outgrows a
 * page; lists that must read a fixed number of statements whatever the data (and tests that count them) page here.
 */
@Component
class RelationshipPages {

	private final EntityManager entityManager;

	RelationshipPages(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	Page<Relationship> page(Specification<Relationship> which, Pageable page) {
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Relationship> select = cb.createQuery(Relationship.class);
		Root<Relationship> relationship = select.from(Relationship.class);
		// the provider in the same statement: every row shows it
		relationship.fetch("provider");
		select.select(relationship).where(which.toPredicate(relationship, select, cb))
				.orderBy(QueryUtils.toOrders(page.getSort(), relationship, cb));
		List<Relationship> content = entityManager.createQuery(select)
				.setFirstResult((int) page.getOffset()).setMaxResults(page.getPageSize()).getResultList();
		CriteriaQuery<Long> count = cb.createQuery(Long.class);
		Root<Relationship> counted = count.from(Relationship.class);
		count.select(cb.count(counted)).where(which.toPredicate(counted, count, cb));
		return new PageImpl<>(content, page, entityManager.createQuery(count).getSingleResult());
	}
}
