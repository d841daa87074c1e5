package org.pacer.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.pacer.ModuleContext;
import org.pacer.measure.MeasureService;
import org.pacer.relationship.RelationshipRepository;
import org.pacer.result.ResultService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The scorecard module with the catalogue and the clock it reads, and the engine's repository: the relationship,
 * measure and result modules it asks for data are stand-ins, as this test computes no scorecard of a period. The
 * process module, which deploys processes/, is not started, so the test deploys the rating table itself.
 */
@ApplicationModuleTest(extraIncludes = { "time", "catalogue", "audit" })
@ModuleContext
class ScorecardModuleTests {

	@MockitoBean
	private RelationshipRepository relationships;

	@MockitoBean
	private MeasureService measures;

	@MockitoBean
	private ResultService results;

	@Autowired
	private RatingTables ratingTables;

	@Autowired
	private RepositoryService repository;

	@Test
	void aTunedRatingTableRatesTheNextScorecardWithoutARelease() throws IOException {
		// given the table Pacer ships
		String shipped = shippedTable();
		deploy(shipped);
		RatingTable before = ratingTables.current();

		// when a process owner narrows the amber band to the upper half
		deploy(shipped.replace("[0..100[", "[50..100[").replace("&lt; 0", "&lt; 50"));

		// then
		RatingTable tuned = ratingTables.current();
		assertThat(before.rate(BigDecimal.valueOf(40))).isEqualTo(Rating.AMBER);
		assertThat(tuned.rate(BigDecimal.valueOf(40))).isEqualTo(Rating.RED);
		assertThat(tuned.rate(BigDecimal.valueOf(50))).isEqualTo(Rating.AMBER);
		assertThat(tuned.rate(BigDecimal.valueOf(100))).isEqualTo(Rating.GREEN);
		assertThat(ratingTables.current()).as("each version is parsed once").isSameAs(tuned);
	}

	private void deploy(String table) {
		repository.createDeployment().name("scorecard module test")
				.addString(DmnRatingTable.DECISION_KEY + ".dmn", table).deploy();
	}

	private static String shippedTable() throws IOException {
		try (InputStream in = ScorecardModuleTests.class.getClassLoader()
				.getResourceAsStream("processes/" + DmnRatingTable.DECISION_KEY + ".dmn")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
