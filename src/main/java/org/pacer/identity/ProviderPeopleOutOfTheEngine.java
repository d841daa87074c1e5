package org.pacer.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Provider people (vendors, internal team leads) work in the portal and the integration API, which call the engine
 * on their behalf after Pacer's own checks. The engine itself grants them nothing: a task offered to a provider
 * group, or claimed by a provider user, gets none of the task authorizations Camunda would otherwise create, so
 * Tasklist and /engine-rest have nothing to show or let them do even past the web filters. Engine infrastructure,
 * hence impl classes.
 */
@Component
class ProviderPeopleOutOfTheEngine extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setResourceAuthorizationProvider(new StaffOnlyTaskAuthorizations());
	}

	static boolean isProviderGroup(String groupId) {
		return groupId != null && groupId.startsWith(Roles.PROVIDER_GROUP_PREFIX);
	}

	/** Asked inside the engine's command: the identity provider of that command answers. */
	static boolean isProviderUser(String userId) {
		return userId != null && Context.getCommandContext().getReadOnlyIdentityProvider().createGroupQuery()
				.groupMember(userId).list().stream().anyMatch(group -> isProviderGroup(group.getId()));
	}

	static class StaffOnlyTaskAuthorizations extends DefaultAuthorizationProvider {

		private static final AuthorizationEntity[] NONE = new AuthorizationEntity[0];

		@Override
		public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
			return isProviderGroup(groupId) ? NONE : super.newTaskGroupIdentityLink(task, groupId, type);
		}

		@Override
		public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
			return isProviderUser(userId) ? NONE : super.newTaskUserIdentityLink(task, userId, type);
		}

		@Override
		public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
			return isProviderUser(newAssignee) ? NONE : super.newTaskAssignee(task, oldAssignee, newAssignee);
		}

		@Override
		public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
			return isProviderUser(newOwner) ? NONE : super.newTaskOwner(task, oldOwner, newOwner);
		}
	}
}
