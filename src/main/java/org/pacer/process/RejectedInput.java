package org.pacer.process;

import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.pacer.common.ValidationException;

/**
 * A task completion refused for bad input. As a form-field validation error, the engine REST API answers it with
 * 400 and the message, and the Tasklist shows it on the form; the portal reads the field errors. The completion
 * rolls back, so nothing is half saved.
 */
public class RejectedInput extends FormFieldValidationException {

	private final Map<String, String> fieldErrors;

	public RejectedInput(ValidationException cause) {
		super(cause.fieldErrors().keySet().iterator().next(), cause.getMessage(), cause);
		this.fieldErrors = cause.fieldErrors();
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}
}
