package org.pacer.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.pacer.measure.Direction;
import org.pacer.measure.ValidRange;

/** The demo's success measures, one per persistent need, and how their results are made up from a quality figure. */
record DemoMeasures(String needCode, String name, String unit, Direction direction, BigDecimal target,
		BigDecimal threshold, BigDecimal weight, ValidRange valid) {

	private static final ValidRange SHARE = range("0", "100");

	private static final ValidRange NOT_NEGATIVE = range("0", null);

	static final List<DemoMeasures> ALL = List.of(
			of("SERVICE_AVAILABILITY", "Service availability", "%", Direction.HIGHER_IS_BETTER, "99.9", "99.5", "3", SHARE),
			of("INCIDENT_RESOLUTION", "P1 resolution time", "hours", Direction.LOWER_IS_BETTER, "4", "6", "2",
					NOT_NEGATIVE),
			of("MAJOR_INCIDENTS", "Major incidents", "count", Direction.LOWER_IS_BETTER, "0", "1", "1", NOT_NEGATIVE),
			of("STAFF_CONTINUITY", "Key staff retained", "%", Direction.HIGHER_IS_BETTER, "90", "80", "1", SHARE),
			// spending can run over the budget, and unit costs can fall
			of("COST_AGAINST_BUDGET", "Spend against budget", "%", Direction.LOWER_IS_BETTER, "100", "105", "2",
					NOT_NEGATIVE),
			of("UNIT_COST_TREND", "Unit cost change", "%", Direction.LOWER_IS_BETTER, "0", "2", "1", ValidRange.OPEN),
			of("INVOICE_ACCURACY", "Invoices accepted first time", "%", Direction.HIGHER_IS_BETTER, "98", "95", "1",
					SHARE),
			of("AUTOMATION_RATE", "Automated routine work", "%", Direction.HIGHER_IS_BETTER, "40", "30", "1", SHARE),
			of("USER_SATISFACTION", "User satisfaction", "score", Direction.HIGHER_IS_BETTER, "4.2", "3.8", "2",
					range("1", "5")),
			of("CHANGE_ON_TIME", "Changes on time", "%", Direction.HIGHER_IS_BETTER, "90", "80", "1", SHARE),
			of("FIRST_CONTACT_RESOLUTION", "First contact resolution", "%", Direction.HIGHER_IS_BETTER, "70", "60", "1",
					SHARE),
			of("SKILLS_COVERAGE", "Skills covered", "%", Direction.HIGHER_IS_BETTER, "85", "75", "1", SHARE));

	private static DemoMeasures of(String code, String name, String unit, Direction direction, String target,
			String threshold, String weight, ValidRange valid) {
		return new DemoMeasures(code, name, unit, direction, new BigDecimal(target), new BigDecimal(threshold),
				new BigDecimal(weight), valid);
	}

	private static ValidRange range(String min, String max) {
		return new ValidRange(new BigDecimal(min), max == null ? null : new BigDecimal(max));
	}

	/**
	 * A result whose attainment is the given quality: 1 lands on the target, 0 on the amber line, below 0 is RED.
	 * Counts are whole numbers; every value stays within the measure's valid range.
	 */
	BigDecimal valueFor(double quality) {
		BigDecimal value = threshold.add(target.subtract(threshold).multiply(BigDecimal.valueOf(quality)));
		// a provider does better than the target only up to what the measure can be: 100 % availability at most
		if (valid.min() != null) {
			value = value.max(valid.min());
		}
		if (valid.max() != null) {
			value = value.min(valid.max());
		}
		return value.setScale("count".equals(unit) ? 0 : 2, RoundingMode.HALF_UP);
	}
}
