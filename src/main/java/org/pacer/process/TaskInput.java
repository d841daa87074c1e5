package org.pacer.process;

import java.util.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.LongFunction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.pacer.common.NotFoundException;
import org.pacer.common.UserInput;
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

	/** Free text trimmed, or null; longer than free text is bad input on that field. */
	public static String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		try {
			return value == null ? null : UserInput.text(value.toString(), name, UserInput.MAX_FREE_TEXT);
		}
		catch (ValidationException e) {
			throw new RejectedInput(e);
		}
	}

	/** A whole number, or null when absent; a value that is not a number, or overflows, is bad input on that field. */
	public static Integer number(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value == null) {
			return null;
		}
		String text = value.toString();
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			text = number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number) : text;
		}
		try {
			return UserInput.whole(text, name);
		}
		catch (ValidationException e) {
			throw new RejectedInput(e);
		}
	}

	/** true, false, or null when the form left it out; anything else is bad input on that field. */
	public static Boolean flag(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		if (value == null || value instanceof Boolean) {
			return (Boolean) value;
		}
		return switch (value.toString().trim()) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new RejectedInput(ValidationException.of(name, "Choose yes or no"));
		};
	}

	/** A day within the sane window, or null when absent; a date-time from a generated form counts by its day. */
	public static LocalDate date(VariableScope scope, String name, ZoneId zone) {
		Object value = scope.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		String text = value.toString().trim();
		try {
			return value instanceof Date date ? UserInput.date(LocalDate.ofInstant(date.toInstant(), zone), name)
					: UserInput.date(text.substring(0, Math.min(10, text.length())), name);
		}
		catch (ValidationException e) {
			throw new RejectedInput(e);
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
