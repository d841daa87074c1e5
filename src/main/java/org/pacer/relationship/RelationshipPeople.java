package org.pacer.relationship;

import org.pacer.process.ProcessExpressions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a relationship's user tasks go to, read from the relationship when the engine creates each task
 * ({@code camunda:assignee="${relationshipPeople.manager(relationshipId)}"}). Never from a variable a completion could
 * write, so no one can make themselves the reviewer of a review; and a new manager gets every task created after the
 * change.
 */
@Component("relationshipPeople")
@ProcessExpressions
@Transactional(readOnly = true)
public class RelationshipPeople {

	private final RelationshipService relationships;

	public RelationshipPeople(RelationshipService relationships) {
		this.relationships = relationships;
	}

	public String manager(long relationshipId) {
		return relationships.get(relationshipId).getManagerId();
	}

	public String providerGroup(long relationshipId) {
		return relationships.get(relationshipId).getProvider().getCandidateGroup();
	}
}
