package org.pacer.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.relationship.Relationship;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An API test against the whole application: a period three months back, long enough ago for results and reviews,
 * and the process instances of every relationship the test {@link #made} removed after it.
 */
@ProcessTest
@AutoConfigureMockMvc
abstract class ApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CycleFixtures fixtures;

	@Autowired
	PacerClock clock;

	LocalDate period;

	private final List<Relationship> made = new ArrayList<>();

	@BeforeEach
	void threeMonthsBack() {
		period = clock.today().withDayOfMonth(1).minusMonths(3);
	}

	@AfterEach
	void removeWhatWasMade() {
		clock.backToNow();
		fixtures.removeInstancesOf(made.stream().map(Relationship::getId).toList());
	}

	/** Remembers a relationship the test made, so its processes end with the test. */
	Relationship made(Relationship relationship) {
		made.add(relationship);
		return relationship;
	}
}
