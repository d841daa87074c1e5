package org.pacer.taskform;

import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * The purpose-built form of one kind of user task. The portal finds it by the task's definition key, shows its view,
 * and completes the task with the variables it reads; the task's listener validates and saves them.
 */
public interface TaskForm {

	/** The BPMN id of the user task, e.g. {@code Task_AgreeMeasures}. */
	String taskKey();

	/** The Thymeleaf view, e.g. {@code tasks/agree-measures}. */
	String view();

	/** Adds what the form shows (scorecard, measures, plan...) to the model. */
	default void show(TaskContext task, Model model) {
	}

	/**
	 * Turns the posted fields into the completion's variables. A field that cannot be read (a number that is not a
	 * number) is a {@link org.pacer.common.ValidationException} on that field.
	 */
	Map<String, Object> read(TaskContext task, MultiValueMap<String, String> form);
}
