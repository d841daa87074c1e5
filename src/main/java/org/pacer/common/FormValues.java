package org.pacer.common;

import java.util.HashMap;
import java.util.Map;

import org.springframework.validation.BindingResult;

/** A bound form's fields as the person typed them, for the form drawn again after a refusal. */
public final class FormValues {

	private FormValues() {
	}

	/** Each field's text; for a field that did not bind (a word where a number goes), the rejected text itself. */
	public static Map<String, String> asEntered(BindingResult binding, String... fields) {
		Map<String, String> values = new HashMap<>();
		for (String field : fields) {
			Object value = binding.getFieldValue(field);
			values.put(field, value == null ? "" : value.toString());
		}
		return values;
	}
}
