package org.pacer.process;

import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.pacer.common.ValidationException;

/**
 * A task completion refused for bad input. Being a BadUserRequestException, the engine REST API answers 400 with
 * the message; the portal reads the field errors. The completion rolls back, so nothing is half saved.
 */
public class RejectedInput extends BadUserRequestException {

	private final Map<String, String> fieldErrors;

	public RejectedInput(ValidationException cause) {
		super(cause.getMessage(), cause);
		this.fieldErrors = cause.fieldErrors();
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}
}
