package org.pacer.identity;

import java.util.List;

/** The users and groups Pacer's domain needs to know about, without knowing where they are kept. */
public interface Directory {

	boolean userExists(String userId);

	boolean isMember(String userId, String groupId);

	List<String> groupsOf(String userId);

	List<String> membersOf(String groupId);

	String displayName(String userId);

	/** Creates the group when it does not exist yet. */
	void ensureGroup(String groupId, String name);
}
