package org.pacer.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.identity.Roles;
import org.pacer.relationship.Relationship;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Probes open to anyone with their status only; Prometheus metrics behind HTTP Basic for admins and the monitoring
 * group, with Pacer's figures in them.
 */
@ProcessTest
@AutoConfigureMockMvc
class OperationsEndpointsTests {

	private static final String ADMIN = "ops-admin";

	private static final String SCRAPER = "ops-scraper";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private TaskService tasks;

	@Autowired
	private IdentityService identity;

	@Autowired
	private PacerClock clock;

	private Relationship relationship;

	@BeforeEach
	void people() {
		fixtures.ensureUser(ADMIN, Roles.ADMINS);
		fixtures.ensureUser(SCRAPER, Roles.MONITORING);
	}

	@AfterEach
	void removeInstances() {
		if (relationship != null) {
			fixtures.removeInstancesOf(List.of(relationship.getId()));
		}
	}

	@Test
	void livenessAndReadinessAreOpenAndTellOnlyTheirStatus() throws Exception {
		for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
			String body = mvc.perform(get(probe)).andExpect(status().isOk()).andReturn().getResponse()
					.getContentAsString();
			assertThat(body).as(probe).isEqualTo("{\"status\":\"UP\"}");
		}
		assertThat(mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString()).contains("\"status\":\"UP\"").doesNotContain("components");
	}

	@Test
	void anAdministratorSeesWhatReadinessIsMadeOf() throws Exception {
		String body = mvc.perform(get("/actuator/health/readiness").with(httpBasic(ADMIN, ADMIN)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(body).contains("\"db\"").contains("\"jobExecution\"").contains("\"readinessState\"");
	}

	@Test
	void metricsNeedSigningInAsAdministratorOrMonitoring() throws Exception {
		String vendor = fixtures.providerUser(fixtures.relationship(LocalDate.now().withDayOfMonth(1)));

		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(httpBasic(vendor, vendor))).andExpect(status().isForbidden());
		// its own user: after a wrong password Camunda delays that user's next logins, which would fail the others
		fixtures.ensureUser("ops-mistyped", Roles.ADMINS);
		mvc.perform(get("/actuator/prometheus").with(httpBasic("ops-mistyped", "wrong")))
				.andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(httpBasic(SCRAPER, SCRAPER))).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus").with(authentication(fixtures.signedIn(ADMIN))))
				.andExpect(status().isOk());
	}

	@Test
	void prometheusCarriesPacersFiguresThatFollowTheWork() throws Exception {
		double openBefore = value(scrape(), "pacer_tasks_open{application=\"pacer\",process=\"performance-review\"}");
		double overdueBefore = value(scrape(), "pacer_tasks_overdue{application=\"pacer\",process=\"performance-review\"}");
		double redBefore = value(scrape(), "pacer_reviews_published{application=\"pacer\",standing=\"RED\"}");

		// a review three months old: its results task is open and overdue, and a RED review is published
		LocalDate period = clock.today().withDayOfMonth(1).minusMonths(3);
		relationship = fixtures.measuredRelationship(period.minusMonths(1), 1, 1, 0);
		ProcessInstance review = fixtures.startReview(relationship, period);
		fixtures.publishedReview(relationship, period.minusMonths(1), 50);
		String after = scrape();

		assertThat(tasks.createTaskQuery().processInstanceId(review.getId()).count()).isEqualTo(1);
		assertThat(value(after, "pacer_tasks_open{application=\"pacer\",process=\"performance-review\"}"))
				.isEqualTo(openBefore + 1);
		assertThat(value(after, "pacer_tasks_overdue{application=\"pacer\",process=\"performance-review\"}"))
				.isEqualTo(overdueBefore + 1);
		assertThat(value(after, "pacer_reviews_published{application=\"pacer\",standing=\"RED\"}"))
				.isEqualTo(redBefore + 1);
		assertThat(value(after, "pacer_jobs_backlog{application=\"pacer\"}")).isGreaterThanOrEqualTo(1);
		assertThat(value(after, "pacer_incidents_open{application=\"pacer\"}")).isGreaterThanOrEqualTo(0);
		assertThat(after).contains("pacer_tasks_open{application=\"pacer\",process=\"relationship-lifecycle\"}")
				.contains("pacer_mail_deliveries{application=\"pacer\",status=\"FAILED\"}")
				.contains("# HELP pacer_tasks_overdue Open user tasks past their due date");
	}

	private String scrape() throws Exception {
		return mvc.perform(get("/actuator/prometheus").with(httpBasic(SCRAPER, SCRAPER))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
	}

	private static double value(String scrape, String series) {
		Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
		assertThat(line.find()).as("series %s in%n%s", series, scrape).isTrue();
		return Double.parseDouble(line.group(1));
	}
}
