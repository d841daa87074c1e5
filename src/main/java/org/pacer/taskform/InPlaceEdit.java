package org.pacer.taskform;

import java.util.Map;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.pacer.common.ValidationException;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * A change to part of an open form (a row added or removed with htmx), answered with that part drawn again. A
 * refused change answers 400 with its errors next to its fields and the values as entered.
 */
public final class InPlaceEdit {

	private InPlaceEdit() {
	}

	public static String answer(TaskContext task, MultiValueMap<String, String> posted, Model model,
			HttpServletResponse response, Runnable change, Consumer<Model> show, String fragment) {
		Map<String, String> values = Map.of();
		Map<String, String> errors = Map.of();
		try {
			change.run();
		}
		catch (ValidationException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			values = posted.toSingleValueMap();
			errors = e.fieldErrors();
		}
		return draw(task, values, errors, model, show, fragment);
	}

	/** The part drawn with the given values in its fields, such as a row filled in for the person to check. */
	public static String draw(TaskContext task, Map<String, String> values, Map<String, String> errors, Model model,
			Consumer<Model> show, String fragment) {
		model.addAttribute("task", task.task());
		model.addAttribute("relationship", task.relationship());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		show.accept(model);
		return fragment;
	}
}
