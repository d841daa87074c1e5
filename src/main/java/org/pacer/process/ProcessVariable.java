package org.pacer.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One variable of a process: the name the diagram uses, how a step reads it (with {@link TaskInput}'s checks) and
 * how it is stored. Each process names its variables once, in its own contract class, instead of string literals
 * in every delegate, listener and form.
 */
public final class ProcessVariable<T> {

	private final String name;

	private final BiFunction<VariableScope, String, T> reader;

	private final Function<T, Object> stored;

	private ProcessVariable(String name, BiFunction<VariableScope, String, T> reader, Function<T, Object> stored) {
		this.name = name;
		this.reader = reader;
		this.stored = stored;
	}

	/** A variable read with its own reader, stored as {@code stored} turns it. */
	public static <T> ProcessVariable<T> of(String name, BiFunction<VariableScope, String, T> reader,
			Function<T, Object> stored) {
		return new ProcessVariable<>(name, reader, stored);
	}

	/** An id the process carries; missing is a broken instance, not bad input. */
	public static ProcessVariable<Long> id(String name) {
		return new ProcessVariable<>(name, TaskInput::id, value -> value);
	}

	public static ProcessVariable<String> text(String name) {
		return new ProcessVariable<>(name, TaskInput::text, value -> value);
	}

	public static ProcessVariable<Boolean> flag(String name) {
		return new ProcessVariable<>(name, TaskInput::flag, value -> value);
	}

	public static ProcessVariable<Integer> number(String name) {
		return new ProcessVariable<>(name, TaskInput::number, value -> value);
	}

	/** A day the process itself writes, stored as its ISO text so that expressions and Cockpit show it plainly. */
	public static ProcessVariable<LocalDate> day(String name) {
		return new ProcessVariable<>(name, (scope, n) -> {
			String text = TaskInput.text(scope, n);
			return text == null ? null : LocalDate.parse(text);
		}, LocalDate::toString);
	}

	/** A value only the process writes (a timer's date, a list), read back as the type it was written. */
	public static <T> ProcessVariable<T> written(String name, Class<T> type) {
		return new ProcessVariable<>(name, (scope, n) -> type.cast(scope.getVariable(n)), value -> value);
	}

	public String name() {
		return name;
	}

	public T read(VariableScope scope) {
		return reader.apply(scope, name);
	}

	/** A day from a form or the REST API, read as {@link TaskInput#date} does. */
	public LocalDate readDay(VariableScope scope, ZoneId zone) {
		return TaskInput.date(scope, name, zone);
	}

	/** An id checked against the instance's relationship, as {@link TaskInput#ownedId} does. */
	public long readOwned(VariableScope scope, LongFunction<Long> relationshipOf) {
		return TaskInput.ownedId(scope, name, relationshipOf);
	}

	public void set(VariableScope scope, T value) {
		scope.setVariable(name, value == null ? null : stored.apply(value));
	}

	/** The variable as a start or completion entry; the value must not be null ({@link Map#entry}). */
	public Map.Entry<String, Object> entry(T value) {
		return Map.entry(name, stored.apply(value));
	}

	@Override
	public String toString() {
		return name;
	}
}
