package org.pacer.scorecard;

import java.math.BigDecimal;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Rates with the latest deployed measure-rating decision, so a process owner who tunes the table changes the
 * next scorecard without a release. Each evaluation lands in the decision history, which explains the rating.
 */
@Component
public class DeployedRatingTable implements RatingTable {

	private final DecisionService decisions;

	public DeployedRatingTable(DecisionService decisions) {
		this.decisions = decisions;
	}

	@Override
	public Rating rate(BigDecimal attainment) {
		DmnDecisionResultEntries result = decisions
				.evaluateDecisionByKey(DmnRatingTable.DECISION_KEY)
				.variables(Map.of("attainment", attainment.doubleValue()))
				.evaluate()
				.getFirstResult();
		if (result == null) {
			throw new IllegalStateException(
					"Decision " + DmnRatingTable.DECISION_KEY + " has no rating for attainment " + attainment.toPlainString());
		}
		return Rating.valueOf(result.getSingleEntry());
	}
}
