package org.pacer.scorecard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The latest deployed measure-rating decision, so a process owner who tunes the table changes the next scorecard
 * without a release. One query finds the latest version; each version is parsed once and then rates in memory,
 * so a scorecard costs no query per measure.
 */
@Component
class DeployedRatingTables implements RatingTables {

	private final RepositoryService repository;

	private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private final Map<String, RatingTable> parsed = new ConcurrentHashMap<>();

	public DeployedRatingTables(RepositoryService repository) {
		this.repository = repository;
	}

	@Override
	public RatingTable current() {
		DecisionDefinition latest = repository.createDecisionDefinitionQuery()
				.decisionDefinitionKey(DmnRatingTable.DECISION_KEY).latestVersion().singleResult();
		if (latest == null) {
			throw new IllegalStateException("Decision " + DmnRatingTable.DECISION_KEY + " is not deployed");
		}
		return parsed.computeIfAbsent(latest.getId(), id -> {
			try (InputStream model = repository.getDecisionModel(id)) {
				return new DmnRatingTable(dmn, dmn.parseDecision(DmnRatingTable.DECISION_KEY, model));
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot read decision " + id, e);
			}
		});
	}
}
