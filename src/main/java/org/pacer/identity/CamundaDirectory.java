package org.pacer.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.springframework.stereotype.Component;

/** Users and groups live in Camunda's identity service: one directory for the portal, the webapps and the engine. */
@Component
public class CamundaDirectory implements Directory {

	private final IdentityService identity;

	public CamundaDirectory(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public boolean userExists(String userId) {
		return userId != null && identity.createUserQuery().userId(userId).count() == 1;
	}

	@Override
	public boolean isMember(String userId, String groupId) {
		return userId != null && identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 1;
	}

	@Override
	public List<String> groupsOf(String userId) {
		return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
	}

	@Override
	public List<String> membersOf(String groupId) {
		return identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
	}

	@Override
	public String displayName(String userId) {
		User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
		return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).trim();
	}

	/**
	 * Saves a demo or test user whose password is its user name, which Camunda's password policy refuses. Only the demo
	 * data and the tests call this; every other password (Camunda Admin, the REST API) meets the policy.
	 */
	public static void saveDemoUser(IdentityService identity, User user) {
		if (!(identity instanceof IdentityServiceImpl engine)) {
			throw new IllegalStateException("Demo users need Camunda's own identity service");
		}
		engine.saveUser(user, true);
	}

	@Override
	public void ensureGroup(String groupId, String name) {
		if (identity.createGroupQuery().groupId(groupId).count() == 0) {
			Group group = identity.newGroup(groupId);
			group.setName(name);
			group.setType("WORKFLOW");
			identity.saveGroup(group);
		}
	}
}
