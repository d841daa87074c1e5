package org.pacer.enginerest;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.pacer.process.RejectedInput;
import org.pacer.process.TaskConflict;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The same task completed twice at once, for instance from two nodes: the engine keeps the first completion and
 * refuses the second with an optimistic locking failure, or, when the first had already committed, with "task not
 * found", or with a missing authorization, when the first deleted the task's authorizations between the second's
 * reading the task and checking them. All are a conflict (409) with a plain message, in the portal
 * (org.pacer.portal.ErrorResponses) and in the engine REST API (the mappers below), where Camunda would answer 500 or 403.
 */
@Configuration(proxyBeanMethods = false)
class TaskConflicts {

	/** Task commands of the engine REST API whose task can vanish under the caller. */
	private static final Pattern TASK_COMMAND = Pattern.compile("(^|/)task/[^/]+/(complete|submit-form|claim|resolve)$");

	@Bean
	ResourceConfigCustomizer taskConflictsInEngineRest(ProcessEngine engine) {
		return config -> config.register(ConcurrentChange.class).register(TaskAlreadyClaimed.class)
				.register(TaskGone.class).register(WrappedConflict.class)
				.register(new TaskGoneWhileAuthorizing(engine));
	}

	static Response conflict(String message) {
		return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
				.entity(Map.of("type", "TaskConflict", "message", message)).build();
	}

	public static class ConcurrentChange implements ExceptionMapper<OptimisticLockingException> {

		@Override
		public Response toResponse(OptimisticLockingException e) {
			return conflict(TaskConflict.CHANGED_AT_THE_SAME_MOMENT);
		}
	}

	public static class TaskAlreadyClaimed implements ExceptionMapper<TaskAlreadyClaimedException> {

		@Override
		public Response toResponse(TaskAlreadyClaimedException e) {
			return conflict(TaskConflict.CHANGED_AT_THE_SAME_MOMENT);
		}
	}

	/** "Cannot find task" on a task command is a conflict; any other missing value keeps Camunda's own answer. */
	public static class TaskGone implements ExceptionMapper<NullValueException> {

		@Context
		private UriInfo uri;

		@Override
		public Response toResponse(NullValueException e) {
			return conflictOr(e, e, uri);
		}
	}

	/**
	 * Camunda's task resource wraps engine failures of a completion in a RestException (answered 500); this mapper
	 * comes before Camunda's own for that type (a higher priority) and unwraps conflicts and refused input.
	 */
	@Priority(1)
	public static class WrappedConflict implements ExceptionMapper<RestException> {

		@Context
		private UriInfo uri;

		@Override
		public Response toResponse(RestException e) {
			for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof OptimisticLockingException || cause instanceof TaskAlreadyClaimedException) {
					return conflict(TaskConflict.CHANGED_AT_THE_SAME_MOMENT);
				}
				if (cause instanceof NullValueException) {
					return conflictOr(cause, e, uri);
				}
				if (cause instanceof RejectedInput refused) {
					return EngineRestRefusals.badRequest(refused);
				}
			}
			return ExceptionHandlerHelper.getInstance().getResponse(e);
		}
	}

	/**
	 * A refused authorization on a task command whose task is gone was a race lost to another completion; while the
	 * task is still there, it is a real refusal and keeps Camunda's 403.
	 */
	public static class TaskGoneWhileAuthorizing implements ExceptionMapper<AuthorizationException> {

		private final ProcessEngine engine;

		@Context
		private UriInfo uri;

		TaskGoneWhileAuthorizing(ProcessEngine engine) {
			this.engine = engine;
		}

		@Override
		public Response toResponse(AuthorizationException e) {
			var command = uri == null ? null : TASK_COMMAND.matcher(uri.getPath());
			if (command != null && command.find() && !stillOpen(taskIdOf(uri.getPath()))) {
				return conflict(TaskConflict.NO_LONGER_OPEN);
			}
			return ExceptionHandlerHelper.getInstance().getResponse(e);
		}

		/** Looked up past the caller's authorizations: the caller may see nothing of a task it lost. */
		private boolean stillOpen(String taskId) {
			IdentityService identity = engine.getIdentityService();
			Authentication caller = identity.getCurrentAuthentication();
			identity.clearAuthentication();
			try {
				return engine.getTaskService().createTaskQuery().taskId(taskId).count() > 0;
			}
			finally {
				if (caller != null) {
					identity.setAuthentication(caller);
				}
			}
		}

		private static String taskIdOf(String path) {
			String[] parts = path.split("/");
			return parts[parts.length - 2];
		}
	}

	private static Response conflictOr(Throwable cause, Throwable thrown, UriInfo uri) {
		if (cause instanceof NullValueException && uri != null && TASK_COMMAND.matcher(uri.getPath()).find()) {
			return conflict(TaskConflict.NO_LONGER_OPEN);
		}
		return ExceptionHandlerHelper.getInstance().getResponse(thrown);
	}
}
