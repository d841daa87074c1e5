package org.pacer.result;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pacer.measure.SuccessMeasure;

/**
 * Finds the measure a row of a results file names, by id or by name (in any case), and checks the unit it states:
 * the period's upload and the import of a relationship's history read their rows the same way.
 */
public final class MeasureLookup {

	private final Map<Long, SuccessMeasure> byId;

	private final Map<String, SuccessMeasure> byName;

	private final String scope;

	/** {@code scope} names where the measures come from in messages, e.g. "this period". */
	public MeasureLookup(List<SuccessMeasure> measures, String scope) {
		this.byId = measures.stream().collect(Collectors.toMap(SuccessMeasure::getId, Function.identity()));
		this.byName = measures.stream()
				.collect(Collectors.toMap(m -> key(m.getName()), Function.identity(), (a, b) -> a));
		this.scope = scope;
	}

	/** The measure, or null with the reason added to {@code errors}; a blank cell is null. */
	public SuccessMeasure find(String idText, String name, String unit, List<String> errors) {
		SuccessMeasure measure = null;
		if (idText != null) {
			measure = byId.get(id(idText));
			if (measure == null) {
				errors.add("Unknown measure id '" + idText + "': it is not a measure of " + scope + ".");
			}
			else if (name != null && !key(name).equals(key(measure.getName()))) {
				errors.add("Measure id " + idText + " is '" + measure.getName() + "', not '" + name + "'.");
			}
		}
		else if (name != null) {
			measure = byName.get(key(name));
			if (measure == null) {
				errors.add("Unknown measure '" + name + "': it is not a measure of " + scope + ".");
			}
		}
		else {
			errors.add("Say which measure the row is for, by measure_id or measure.");
		}
		if (measure != null && unit != null && !key(unit).equals(key(measure.getUnit()))) {
			errors.add("Unit '" + unit + "' does not match the measure's unit '" + measure.getUnit() + "'.");
		}
		return measure;
	}

	private static Long id(String text) {
		try {
			return Long.valueOf(text);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	static String key(String text) {
		return text.trim().toLowerCase(Locale.ROOT);
	}
}
