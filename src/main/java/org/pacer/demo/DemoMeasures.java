package org.pacer.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.pacer.measure.Direction;

/** The demo's success measures, one per persistent need, and how their results are made up from a quality figure. */
record DemoMeasures(String needCode, String name, String unit, Direction direction, BigDecimal target,
		BigDecimal threshold, BigDecimal weight) {

	static final List<DemoMeasures> ALL = List.of(
			of("SERVICE_AVAILABILITY", "Service availability", "%", Direction.HIGHER_IS_BETTER, "99.9", "99.5", "3"),
			of("INCIDENT_RESOLUTION", "P1 resolution time", "hours", Direction.LOWER_IS_BETTER, "4", "6", "2"),
			of("MAJOR_INCIDENTS", "Major incidents", "count", Direction.LOWER_IS_BETTER, "0", "1", "1"),
			of("STAFF_CONTINUITY", "Key staff retained", "%", Direction.HIGHER_IS_BETTER, "90", "80", "1"),
			of("COST_AGAINST_BUDGET", "Spend against budget", "%", Direction.LOWER_IS_BETTER, "100", "105", "2"),
			of("UNIT_COST_TREND", "Unit cost change", "%", Direction.LOWER_IS_BETTER, "0", "2", "1"),
			of("INVOICE_ACCURACY", "Invoices accepted first time", "%", Direction.HIGHER_IS_BETTER, "98", "95", "1"),
			of("AUTOMATION_RATE", "Automated routine work", "%", Direction.HIGHER_IS_BETTER, "40", "30", "1"),
			of("USER_SATISFACTION", "User satisfaction", "score", Direction.HIGHER_IS_BETTER, "4.2", "3.8", "2"),
			of("CHANGE_ON_TIME", "Changes on time", "%", Direction.HIGHER_IS_BETTER, "90", "80", "1"),
			of("FIRST_CONTACT_RESOLUTION", "First contact resolution", "%", Direction.HIGHER_IS_BETTER, "70", "60", "1"),
			of("SKILLS_COVERAGE", "Skills covered", "%", Direction.HIGHER_IS_BETTER, "85", "75", "1"));

	private static DemoMeasures of(String code, String name, String unit, Direction direction, String target,
			String threshold, String weight) {
		return new DemoMeasures(code, name, unit, direction, new BigDecimal(target), new BigDecimal(threshold),
				new BigDecimal(weight));
	}

	/**
	 * A result whose attainment is the given quality: 1 lands on the target, 0 on the amber line, below 0 is RED.
	 * Counts are whole numbers and never negative.
	 */
	BigDecimal valueFor(double quality) {
		BigDecimal value = threshold.add(target.subtract(threshold).multiply(BigDecimal.valueOf(quality)));
		if ("count".equals(unit)) {
			return value.max(BigDecimal.ZERO).setScale(0, RoundingMode.HALF_UP);
		}
		return value.setScale(2, RoundingMode.HALF_UP);
	}
}
