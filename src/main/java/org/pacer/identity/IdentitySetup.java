package org.pacer.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
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
public class IdentitySetup implements ApplicationRunner {

	private static final Map<String, String> GROUPS = Map.of(
			Roles.MANAGERS, "Relationship managers",
			Roles.PROCESS_OWNERS, "Process owners",
			Roles.ADMINS, "Administrators",
			Roles.SOURCING_BOARD, "Sourcing board");

	private final Directory directory;

	private final AuthorizationService authorizations;

	private final FilterService filters;

	private final TaskService tasks;

	public IdentitySetup(Directory directory, AuthorizationService authorizations, FilterService filters,
			TaskService tasks) {
		this.directory = directory;
		this.authorizations = authorizations;
		this.filters = filters;
		this.tasks = tasks;
	}

	@Override
	public void run(ApplicationArguments args) {
		GROUPS.forEach(directory::ensureGroup);

		for (Resources resource : Resources.values()) {
			grant(Roles.ADMINS, resource, ANY, Permissions.ALL);
		}
		// everyone signs in to the Tasklist and sees the shared filters; tasks themselves stay per assignee/candidate
		grantGlobal(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
		grantGlobal(Resources.FILTER, ANY, Permissions.READ);
		grantGlobal(Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
		grantGlobal(Resources.DECISION_DEFINITION, ANY, Permissions.READ);

		grant(Roles.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grant(Roles.MANAGERS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
				Permissions.READ_HISTORY, Permissions.READ_TASK);
		grant(Roles.MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
		grant(Roles.MANAGERS, Resources.TASK, ANY, Permissions.READ);
		grant(Roles.MANAGERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
		grant(Roles.MANAGERS, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
		grant(Roles.MANAGERS, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);

		grant(Roles.PROCESS_OWNERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		for (Resources resource : new Resources[] { Resources.DEPLOYMENT, Resources.PROCESS_DEFINITION,
				Resources.DECISION_DEFINITION, Resources.DECISION_REQUIREMENTS_DEFINITION, Resources.PROCESS_INSTANCE,
				Resources.BATCH, Resources.HISTORIC_PROCESS_INSTANCE, Resources.HISTORIC_TASK }) {
			grant(Roles.PROCESS_OWNERS, resource, ANY, Permissions.ALL);
		}

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

	private void grantGlobal(Resource resource, String resourceId, Permission permission) {
		if (authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL).resourceType(resource)
				.resourceId(resourceId).count() > 0) {
			return;
		}
		Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
		authorization.setUserId(ANY);
		authorization.setResource(resource);
		authorization.setResourceId(resourceId);
		authorization.addPermission(permission);
		authorizations.saveAuthorization(authorization);
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
