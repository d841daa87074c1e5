package org.pacer.people;

import org.pacer.relationship.Provider;

/**
 * A group a person is invited into: a staff group (managers, process owners, sourcing board, administrators) or a
 * provider's own group. The form's "group" field names it by its group id.
 */
public record Place(String groupId, String title, Provider provider) {

	public boolean isStaff() {
		return provider == null;
	}

	public boolean isOpen() {
		return provider == null || !provider.isArchived();
	}
}
