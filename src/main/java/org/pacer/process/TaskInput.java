package org.pacer.process;

import java.util.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.LongFunction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.pacer.common.NotFoundException;
import org.pacer.common.ValidationException;
import org.pacer.identity.Actors;

/**
 * Reads what a completed user task carries, for the task listeners that hand it to a domain service.
 * Variables arrive typed from the portal and the REST API, and as strings or numbers from generated forms.
 */
public final class TaskInput {

	private TaskInput() {
	}

	/** Runs the domain call and turns its validation error into a refused task completion. */
	public static void apply(Runnable domainCall) {
		try {
			domainCall.run();
		}
		catch (ValidationException e) {
			throw new RejectedInput(e);
		}
	}

	/** The user who completes the task, or its assignee when the system completes it. */
	public static String actor(DelegateTask task) {
		String current = Actors.current();
		if (current != null) {
			return current;
		}
		return task.getAssignee() != null ? task.getAssignee() : "system";
	}

	public static long id(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value instanceof Number number) {
			return number.longValue();
		}
		throw new IllegalStateException("Process variable " + name + " is missing: " + value);
	}

	public static String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value == null ? null : value.toString().trim();
	}

	/** A whole number, or null when absent; a value that is not a number is bad input on that field. */
	public static Integer number(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		if (value instanceof Number number) {
			return number.intValue();
		}
		try {
			return Integer.valueOf(value.toString().trim());
		}
		catch (NumberFormatException e) {
			throw new RejectedInput(ValidationException.of(name, "Give a whole number"));
		}
	}

	/** true, false, or null when the form left it out. */
	public static Boolean flag(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value == null) {
			return null;
		}
		return value instanceof Boolean b ? b : Boolean.valueOf(value.toString().trim());
	}

	public static LocalDate date(VariableScope scope, String name, ZoneId zone) {
		Object value = scope.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		if (value instanceof Date date) {
			return LocalDate.ofInstant(date.toInstant(), zone);
		}
		try {
			return LocalDate.parse(value.toString().trim().substring(0, Math.min(10, value.toString().trim().length())));
		}
		catch (RuntimeException e) {
			throw new RejectedInput(ValidationException.of(name, "Give a date as YYYY-MM-DD"));
		}
	}

	/**
	 * An id a step reads from a variable (reviewId, planId, actionId), checked against the relationship the instance
	 * belongs to by its business key, which no completion can change: no variable can point a step at another
	 * relationship's review, plan or action. A mismatch refuses the completion or fails the job.
	 */
	public static long ownedId(VariableScope scope, String name, LongFunction<Long> relationshipOf) {
		long id = id(scope, name);
		Long instance = Processes.relationshipOf(businessKey(scope));
		Long owner;
		try {
			owner = relationshipOf.apply(id);
		}
		catch (NotFoundException e) {
			owner = null;
		}
		if (instance == null || !instance.equals(owner)) {
			throw new RejectedInput(ValidationException.of(name, name + " " + id + " is not part of this relationship"));
		}
		return id;
	}

	private static String businessKey(VariableScope scope) {
		if (scope instanceof DelegateTask task) {
			return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
		}
		return scope instanceof DelegateExecution execution ? execution.getProcessBusinessKey() : null;
	}
}
