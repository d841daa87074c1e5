package org.pacer.scorecard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** The rating thresholds live in the measure-rating DMN so the business can change them in the Modeler, not in code. */
final class DmnRatingTable implements RatingTable {

	public static final String DECISION_KEY = "measure-rating";
	public static final String RESOURCE = "processes/measure-rating.dmn";

	private final DmnEngine engine;
	private final DmnDecision decision;

	private static final int REMEMBERED = 10_000;

	private final Map<Double, Rating> rated = new ConcurrentHashMap<>();

	public DmnRatingTable(DmnEngine engine, DmnDecision decision) {
		this.engine = Objects.requireNonNull(engine, "engine");
		this.decision = Objects.requireNonNull(decision, "decision");
	}

	/** A standalone DMN engine, so the table also works where no process engine runs (tests, batch recomputation). */
	public static DmnRatingTable fromClasspath(String resource) {
		DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = DmnRatingTable.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalArgumentException("DMN resource not found on the classpath: " + resource);
			}
			return new DmnRatingTable(engine, engine.parseDecision(DECISION_KEY, in));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read DMN resource " + resource, e);
		}
	}

	/**
	 * A FEEL evaluation costs about a quarter of a millisecond, most of a scorecard's time (decision 27), while the
	 * table is a function of the attainment alone and a period's lines share few distinct attainments (two
	 * decimals): each is evaluated once per parsed version of the table, up to {@value #REMEMBERED} of them.
	 */
	@Override
	public Rating rate(BigDecimal attainment) {
		// the decision's input is typed double; the two decimals of an attainment survive that conversion
		double value = attainment.doubleValue();
		Rating known = rated.get(value);
		if (known != null) {
			return known;
		}
		Rating rating = evaluate(value);
		if (rated.size() < REMEMBERED) {
			rated.put(value, rating);
		}
		return rating;
	}

	private Rating evaluate(double attainment) {
		DmnDecisionResultEntries result = engine
				.evaluateDecision(decision, Map.of("attainment", attainment))
				.getFirstResult();
		if (result == null) {
			throw new IllegalStateException("Decision " + DECISION_KEY + " has no rating for attainment " + BigDecimal.valueOf(attainment).toPlainString() + " %");
		}
		return Rating.valueOf(result.getSingleEntry());
	}
}
