package org.pacer.taskform;

import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.pacer.relationship.Relationship;

/** A task opened in the portal: the engine's task, its relationship and its variables. */
public record TaskContext(Task task, Relationship relationship, Map<String, Object> variables) {

	public long id(String variable) {
		Object value = variables.get(variable);
		if (value instanceof Number number) {
			return number.longValue();
		}
		throw new IllegalStateException("Task " + task.getId() + " has no " + variable);
	}

	public Object variable(String name) {
		return variables.get(name);
	}
}
