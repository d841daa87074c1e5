package org.pacer.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Pacer's groups, the Camunda authorizations each one needs, and the shared Tasklist filters. Runs at every start
 * and only adds what is missing, so it is safe on an existing database and on several nodes.
 */
@Component
@Order(10)
class IdentitySetup implements ApplicationRunner {

	/** Client-side groups that work in the Camunda webapps beside the portal (admins have everything). */
	private static final List<String> STAFF = List.of(Roles.MANAGERS, Roles.PROCESS_OWNERS, Roles.SOURCING_BOARD);

	private final Directory directory;

	private final AuthorizationService authorizations;

	private final FilterService filters;

	private final TaskService tasks;

	private final IdentityService identity;

	public IdentitySetup(Directory directory, AuthorizationService authorizations, FilterService filters,
			TaskService tasks, IdentityService identity) {
		this.directory = directory;
		this.identity = identity;
		this.authorizations = authorizations;
		this.filters = filters;
		this.tasks = tasks;
	}

	@Override
	public void run(ApplicationArguments args) {
		Roles.STAFF_GROUPS.forEach(directory::ensureGroup);

		for (Resources resource : Resources.values()) {
			grant(Roles.ADMINS, resource, ANY, Permissions.ALL);
		}
		// the Camunda webapps and the engine's definitions are for staff only: provider people work in the portal and
		// the integration API, and get no Camunda authorization at all (see ProviderPeopleOutOfTheEngine)
		revokeGlobal(Resources.APPLICATION, "tasklist");
		revokeGlobal(Resources.FILTER, ANY);
		revokeGlobal(Resources.PROCESS_DEFINITION, ANY);
		revokeGlobal(Resources.DECISION_DEFINITION, ANY);
		for (String staff : STAFF) {
			grant(staff, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(staff, Resources.FILTER, ANY, Permissions.READ);
		}
		grant(Roles.SOURCING_BOARD, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_TASK);
		grant(Roles.SOURCING_BOARD, Resources.DECISION_DEFINITION, ANY, Permissions.READ);

		grant(Roles.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grant(Roles.MANAGERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
				Permissions.READ_HISTORY, Permissions.READ_TASK);
		grant(Roles.MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
		grant(Roles.MANAGERS, Resources.TASK, ANY, Permissions.READ);
		grant(Roles.MANAGERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
		grant(Roles.MANAGERS, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
		grant(Roles.MANAGERS, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);

		grant(Roles.PROCESS_OWNERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		for (Resources resource : new Resources[] { Resources.PROCESS_DEFINITION, Resources.DECISION_DEFINITION,
				Resources.DECISION_REQUIREMENTS_DEFINITION, Resources.PROCESS_INSTANCE, Resources.BATCH,
				Resources.HISTORIC_PROCESS_INSTANCE, Resources.HISTORIC_TASK }) {
			grant(Roles.PROCESS_OWNERS, resource, ANY, Permissions.ALL);
		}
		// process owners deploy through Pacer's modeler (validated there); deploying through Camunda's own doors
		// (/engine-rest/deployment/create, redeploy, Cockpit) is for admins
		grantExactly(Roles.PROCESS_OWNERS, Resources.DEPLOYMENT, ANY, Permissions.READ);
		revokeProviderTaskAuthorizations();

		ensureFilter("My tasks", Map.of("assigneeExpression", "${currentUser()}"), -10);
		ensureFilter("My group tasks", Map.of("candidateGroupsExpression", "${currentUserGroups()}"), -5);
	}

	private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
		if (authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource).resourceId(resourceId)
				.count() > 0) {
			return;
		}
		Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
		authorization.setGroupId(group);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		for (Permission permission : permissions) {
			authorization.addPermission(permission);
		}
		authorizations.saveAuthorization(authorization);
	}

	/** Sets a group's permissions on a resource to exactly these, also where an earlier version granted more. */
	private void grantExactly(String group, Resource resource, String resourceId, Permission... permissions) {
		Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
				.resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).singleResult();
		if (authorization == null) {
			grant(group, resource, resourceId, permissions);
			return;
		}
		Permission[] granted = authorization.getPermissions(Permissions.values());
		if (Set.of(granted).equals(Set.of(permissions))) {
			return;
		}
		authorization.setPermissions(permissions);
		authorizations.saveAuthorization(authorization);
	}

	/** Earlier versions let everyone into the Tasklist and read every definition; now only staff groups may. */
	private void revokeGlobal(Resource resource, String resourceId) {
		authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL).resourceType(resource)
				.resourceId(resourceId).list().forEach(a -> authorizations.deleteAuthorization(a.getId()));
	}

	/**
	 * Tasks offered to a provider group before this version carry that group's task authorization; new ones do not
	 * (ProviderPeopleOutOfTheEngine). One query over all provider groups, nothing to delete after the first start.
	 */
	private void revokeProviderTaskAuthorizations() {
		String[] providerGroups = identity.createGroupQuery().list().stream().map(Group::getId)
				.filter(id -> id.startsWith(Roles.PROVIDER_GROUP_PREFIX)).toArray(String[]::new);
		if (providerGroups.length == 0) {
			return;
		}
		authorizations.createAuthorizationQuery().resourceType(Resources.TASK).groupIdIn(providerGroups).list()
				.forEach(a -> authorizations.deleteAuthorization(a.getId()));
	}

	private void ensureFilter(String name, Map<String, String> query, int priority) {
		if (filters.createFilterQuery().filterName(name).count() > 0) {
			return;
		}
		var taskQuery = tasks.createTaskQuery().orderByDueDate().asc();
		if (query.containsKey("assigneeExpression")) {
			taskQuery.taskAssigneeExpression(query.get("assigneeExpression"));
		}
		if (query.containsKey("candidateGroupsExpression")) {
			taskQuery.taskCandidateGroupInExpression(query.get("candidateGroupsExpression"));
		}
		Filter filter = filters.newTaskFilter(name).setQuery(taskQuery)
				.setProperties(Map.of("priority", priority, "description", name, "refresh", true));
		filters.saveFilter(filter);
	}
}
