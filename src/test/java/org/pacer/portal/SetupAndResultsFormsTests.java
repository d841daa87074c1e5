package org.pacer.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.catalogue.PersistentNeedRepository;
import org.pacer.measure.Direction;
import org.pacer.measure.MeasureDraft;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipLifecycle;
import org.pacer.relationship.RelationshipService;
import org.pacer.result.PeriodResult;
import org.pacer.result.ResultEntry;
import org.pacer.result.ResultService;
import org.pacer.result.ResultSource;
import org.pacer.review.PerformanceReview;
import org.pacer.review.ReviewService;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The portal forms that set a relationship up (outcomes, measures) and take a period's results (rows, CSV, the
 * manager's chase), and the inbox, against the whole application: pages render what the task needs, valid input
 * completes the task or saves the rows, refused input comes back with 400 and the message next to its field, and a
 * user of another provider finds nothing.
 */
@ProcessTest
@AutoConfigureMockMvc
class SetupAndResultsFormsTests {

	private static final String MANAGER = CycleFixtures.MANAGER;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TaskService taskService;

	@Autowired
	private RuntimeService runtimeService;

	@Autowired
	private ManagementService managementService;

	@Autowired
	private RelationshipLifecycle lifecycle;

	@Autowired
	private RelationshipService relationshipService;

	@Autowired
	private MeasureService measureService;

	@Autowired
	private ResultService resultService;

	@Autowired
	private ReviewService reviewService;

	@Autowired
	private PersistentNeedRepository needs;

	@Autowired
	private PacerClock clock;

	@Autowired
	private CycleFixtures fixtures;

	private LocalDate periodStart;

	/** Relationships this test made: their instances are removed afterwards so no job of theirs lingers. */
	private final List<Relationship> made = new ArrayList<>();

	@BeforeEach
	void setUp() {
		periodStart = clock.today().withDayOfMonth(1).minusMonths(3);
	}

	@AfterEach
	void removeInstances() {
		fixtures.removeInstancesOf(made.stream().map(Relationship::getId).toList());
	}

	// --- Set expected outcomes ---

	@Test
	void setOutcomesShowsTheLevelsWithTheirMinimumMaturity() throws Exception {
		// given
		ProcessInstance pi = lifecycleOf(relationship());
		String taskId = task(pi, "Task_SetExpectedOutcomes").getId();

		// when
		String html = page(get("/tasks/" + taskId), MANAGER, 200);

		// then
		assertThat(html).contains("Systems reliability", "Cost effectiveness", "Strategic partnership", "2 · Managed",
				"5 · Optimizing", "0 · None yet", "name=\"expectedLevel\" value=\"5\"", "name=\"currentLevel\" value=\"0\"");
		assertThat(html).containsPattern("id=\"rampUpMonths\"[^>]*value=\"0\"");
		assertHiddenFromOtherProviders(taskId, post("/tasks/" + taskId).param("expectedLevel", "1"));
	}

	@Test
	void setOutcomesSavesTheLevelsAndGoesOnToTheMeasures() throws Exception {
		// given
		Relationship relationship = relationship();
		ProcessInstance pi = lifecycleOf(relationship);
		String taskId = task(pi, "Task_SetExpectedOutcomes").getId();

		// when
		page(post("/tasks/" + taskId).param("expectedLevel", "2").param("currentLevel", "1").param("rampUpMonths", "6"),
				MANAGER, 302);

		// then
		Relationship stored = relationshipService.get(relationship.getId());
		assertThat(stored.getExpectedLevel()).isEqualTo(2);
		assertThat(stored.getAchievedLevel()).isEqualTo(1);
		assertThat(stored.getRampUpMonths()).isEqualTo(6);
		assertThat(task(pi, "Task_DefineSuccessMeasures")).isNotNull();
		assertThat(runtimeService.getVariable(pi.getId(), "rampUpNeeded")).isEqualTo(true);
		assertThat(runtimeService.getVariable(pi.getId(), "expectedLevel")).isEqualTo(2L);
	}

	@Test
	void setOutcomesRefusesAnUnknownLevelAndKeepsWhatWasEntered() throws Exception {
		// given
		Relationship relationship = relationship();
		ProcessInstance pi = lifecycleOf(relationship);
		String taskId = task(pi, "Task_SetExpectedOutcomes").getId();

		// when
		String html = page(post("/tasks/" + taskId).param("expectedLevel", "9").param("currentLevel", "1")
				.param("rampUpMonths", "40"), MANAGER, 400);

		// then
		assertThat(fieldError(html, "expectedLevel")).isEqualTo("Choose the expected level, 1 to 5");
		assertThat(fieldError(html, "rampUpMonths")).isEqualTo("Ramp-up is 0 to 36 months");
		assertThat(fieldError(html, "currentLevel")).isNull();
		assertThat(html).containsPattern("id=\"rampUpMonths\"[^>]*value=\"40\"")
				.containsPattern("name=\"currentLevel\" value=\"1\"[^>]*checked");
		assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
		assertThat(relationshipService.get(relationship.getId()).getExpectedLevel()).isNull();
	}

	@Test
	void setOutcomesRefusesMonthsThatAreNotAWholeNumber() throws Exception {
		// given
		String taskId = task(lifecycleOf(relationship()), "Task_SetExpectedOutcomes").getId();

		// when
		String html = page(post("/tasks/" + taskId).param("expectedLevel", "1").param("currentLevel", "1")
				.param("rampUpMonths", "six"), MANAGER, 400);

		// then
		assertThat(fieldError(html, "rampUpMonths")).isEqualTo("Give a whole number");
		assertThat(html).containsPattern("id=\"rampUpMonths\"[^>]*value=\"six\"")
				.containsPattern("name=\"expectedLevel\" value=\"1\"[^>]*checked");
	}

	// --- Define success measures ---

	@Test
	void defineMeasuresShowsTheMeasuresAndTheCoverageOfTheExpectedLevel() throws Exception {
		// given
		Relationship relationship = relationship();
		String taskId = defineTask(relationship, 1);
		define(relationship, "SERVICE_AVAILABILITY", "Order system availability");

		// when
		String html = page(get("/tasks/" + taskId), MANAGER, 200);

		// then
		assertThat(html).contains("Expected level:", "1 · Systems reliability", "Order system availability",
				"Coverage up to level <span>1</span>", "1 of 4", "Add a measure", "Level 2 · Cost effectiveness");
		assertThat(coverageItem(html, "SERVICE_AVAILABILITY")).contains("covered", "✓");
		assertThat(coverageItem(html, "STAFF_CONTINUITY")).contains("missing", "no measure yet");
		assertThat(html).doesNotContain("id=\"missing-needs\"", "id=\"dispute\"", "glide-row");
		assertHiddenFromOtherProviders(taskId, post("/tasks/" + taskId));
	}

	@Test
	void addingAMeasureAnswersTheEditorWithTheCoverageUpToDate() throws Exception {
		// given
		Relationship relationship = relationship();
		String taskId = defineTask(relationship, 1);

		// when
		String html = page(addMeasure(taskId, "SERVICE_AVAILABILITY", "Availability", "%", "99.5", "99"), MANAGER, 200);

		// then
		assertThat(html).startsWith("<div id=\"measure-editor\">").doesNotContain("<header");
		assertThat(html).contains("Availability", "99.5", "1 of 4");
		assertThat(coverageItem(html, "SERVICE_AVAILABILITY")).contains("covered");
		// the add form is empty again for the next measure
		assertThat(html).containsPattern("id=\"name\"[^>]*>").doesNotContainPattern("id=\"name\"[^>]*value=\"Availability\"");
		List<SuccessMeasure> defined = measureService.measuresOf(relationship.getId());
		assertThat(defined).extracting(SuccessMeasure::getName).containsExactly("Availability");
		assertThat(defined.get(0).getUnit()).isEqualTo("%");
		assertThat(measureService.currentVersions(defined, relationship.firstPeriod()).get(0).getTarget())
				.isEqualByComparingTo("99.5");
	}

	@Test
	void aRefusedMeasureComesBackWithItsErrorsNextToItsFields() throws Exception {
		// given
		Relationship relationship = relationship();
		String taskId = defineTask(relationship, 1);

		// when: the amber line above the target of a higher-is-better measure, and no unit
		String html = page(addMeasure(taskId, "SERVICE_AVAILABILITY", "Availability", "", "99", "99.5"),
				MANAGER, 400);

		// then
		assertThat(fieldError(html, "threshold"))
				.isEqualTo("When higher is better, the amber line must not be above the target");
		assertThat(fieldError(html, "unit")).isEqualTo("Give the unit, for example % or hours");
		assertThat(html).containsPattern("id=\"name\"[^>]*value=\"Availability\"")
				.containsPattern("id=\"threshold\"[^>]*value=\"99.5\"").contains("0 of 4");
		assertThat(measureService.measuresOf(relationship.getId())).isEmpty();
	}

	@Test
	void aMeasureTakesItsValidValuesAndARangeThatCannotHoldItsTargetIsRefusedInPlace() throws Exception {
		// given
		Relationship relationship = relationship();
		String taskId = defineTask(relationship, 1);

		// when: a target above the highest valid value
		String refused = page(addMeasure(taskId, "SERVICE_AVAILABILITY", "Availability", "%", "101", "99")
				.param("validMin", "0").param("validMax", "100"), MANAGER, 400);

		// then: the error is at the target, the range is kept as entered
		assertThat(fieldError(refused, "target")).isEqualTo("The target is outside the valid values (0 to 100 %)");
		assertThat(refused).containsPattern("id=\"validMax\"[^>]*value=\"100\"");
		assertThat(measureService.measuresOf(relationship.getId())).isEmpty();

		// and with a target inside, the measure keeps its range and the table says it
		String added = page(addMeasure(taskId, "SERVICE_AVAILABILITY", "Availability", "%", "99.9", "99")
				.param("validMin", "0").param("validMax", "100"), MANAGER, 200);
		assertThat(added).contains("(valid: 0 to 100)");
		assertThat(measureService.measuresOf(relationship.getId()).get(0).getValidRange().describe("%"))
				.isEqualTo("0 to 100 %");
	}

	@Test
	void aMeasureWithATargetThatIsNotANumberIsRefused() throws Exception {
		// given
		Relationship relationship = relationship();
		String taskId = defineTask(relationship, 1);

		// when
		String html = page(addMeasure(taskId, "SERVICE_AVAILABILITY", "Availability", "%", "high", "99"), MANAGER, 400);

		// then
		assertThat(fieldError(html, "target")).isEqualTo("'high' is not a number");
		assertThat(html).containsPattern("id=\"target\"[^>]*value=\"high\"");
		assertThat(measureService.measuresOf(relationship.getId())).isEmpty();
	}

	@Test
	void removingAMeasureAnswersTheEditorWithoutIt() throws Exception {
		// given
		Relationship relationship = relationship();
		String taskId = defineTask(relationship, 1);
		SuccessMeasure kept = define(relationship, "SERVICE_AVAILABILITY", "Availability");
		SuccessMeasure removed = define(relationship, "STAFF_CONTINUITY", "Key staff retained");

		// when
		String html = page(delete("/tasks/" + taskId + "/measures/" + removed.getId()), MANAGER, 200);

		// then
		// (the library still offers a template of that name for the need now uncovered, so the row is looked for)
		assertThat(html).contains("Availability", "1 of 4").doesNotContain("data-measure=\"" + removed.getId() + "\"");
		assertThat(coverageItem(html, "STAFF_CONTINUITY")).contains("missing");
		assertThat(measureService.measuresOf(relationship.getId())).extracting(SuccessMeasure::getId)
				.containsExactly(kept.getId());
	}

	@Test
	void aMeasureWithResultsIsNotRemoved() throws Exception {
		// given
		Relationship relationship = relationship();
		String taskId = defineTask(relationship, 1);
		SuccessMeasure measure = define(relationship, "SERVICE_AVAILABILITY", "Availability");
		resultService.submit(relationship.getId(), relationship.firstPeriod(),
				List.of(new ResultEntry(measure.getId(), BigDecimal.valueOf(99), null)), ResultSource.API, "fixture");

		// when
		String html = page(delete("/tasks/" + taskId + "/measures/" + measure.getId()), MANAGER, 400);

		// then
		assertThat(fieldError(html, "measure"))
				.isEqualTo("Availability already has results, so it stays; retire it from a later period instead");
		assertThat(measureService.measuresOf(relationship.getId())).hasSize(1);
	}

	@Test
	void aMeasureOfAnotherRelationshipIsNotFoundFromThisTask() throws Exception {
		// given
		Relationship relationship = relationship();
		String taskId = defineTask(relationship, 1);
		Relationship other = relationship();
		SuccessMeasure foreign = define(other, "SERVICE_AVAILABILITY", "Availability");

		// when
		page(delete("/tasks/" + taskId + "/measures/" + foreign.getId()), MANAGER, 404);
		page(post("/tasks/" + taskId + "/measures/" + foreign.getId() + "/glide-path"), MANAGER, 404);

		// then
		assertThat(measureService.measuresOf(other.getId())).hasSize(1);
	}

	@Test
	void measuresAreChangedOnlyFromTheirOwnTaskAndByWhoMayWorkOnIt() throws Exception {
		// given
		Relationship relationship = relationship();
		String taskId = defineTask(relationship, 1);
		SuccessMeasure measure = define(relationship, "SERVICE_AVAILABILITY", "Availability");
		String outcomesTask = task(lifecycleOf(relationship()), "Task_SetExpectedOutcomes").getId();
		String stranger = fixtures.providerUser(relationship());

		// when / then: another kind of task has no measure rows
		page(addMeasure(outcomesTask, "STAFF_CONTINUITY", "Key staff", "%", "95", "90"), MANAGER, 404);
		page(delete("/tasks/" + outcomesTask + "/measures/" + measure.getId()), MANAGER, 404);
		// the relationship's own provider and another provider find no such task
		for (String user : List.of(fixtures.providerUser(relationship), stranger)) {
			page(addMeasure(taskId, "STAFF_CONTINUITY", "Key staff", "%", "95", "90"), user, 404);
			page(delete("/tasks/" + taskId + "/measures/" + measure.getId()), user, 404);
		}
		assertThat(measureService.measuresOf(relationship.getId())).extracting(SuccessMeasure::getName)
				.containsExactly("Availability");
	}

	@Test
	void aProviderBelowTheExpectedLevelGetsAGlidePathPerMeasure() throws Exception {
		// given: three months of ramp-up
		Relationship relationship = relationship();
		String taskId = defineTask(relationship, 1, 0, 3);
		SuccessMeasure measure = define(relationship, "SERVICE_AVAILABILITY", "Availability");
		List<LocalDate> periods = List.of(periodStart, periodStart.plusMonths(1), periodStart.plusMonths(2));
		String form = page(get("/tasks/" + taskId), MANAGER, 200);
		assertThat(form).contains("Glide path of Availability during ramp-up", relationship.periodLabel(periods.get(2)));
		assertThat(Pattern.compile("<input[^>]*name=\"glide_").matcher(form).results().count()).isEqualTo(3);

		// when
		String html = page(post("/tasks/" + taskId + "/measures/" + measure.getId() + "/glide-path")
				.param(glideField(measure, periods.get(0)), "96").param(glideField(measure, periods.get(1)), "97,5")
				.param(glideField(measure, periods.get(2)), "98.5"), MANAGER, 200);

		// then
		assertThat(measureService.glidePathOf(List.of(measure))).extracting(t -> t.getTarget().doubleValue())
				.containsExactly(96.0, 97.5, 98.5);
		assertThat(html).containsPattern("<details open")
				.containsPattern("id=\"" + glideField(measure, periods.get(1)) + "\"[^>]*value=\"97.5\"");
	}

	@Test
	void aGlidePathWithAGapIsRefused() throws Exception {
		// given
		Relationship relationship = relationship();
		String taskId = defineTask(relationship, 1, 0, 2);
		SuccessMeasure measure = define(relationship, "SERVICE_AVAILABILITY", "Availability");

		// when
		String html = page(post("/tasks/" + taskId + "/measures/" + measure.getId() + "/glide-path")
				.param(glideField(measure, periodStart), "96"), MANAGER, 400);

		// then
		assertThat(fieldError(html, glideField(measure, periodStart.plusMonths(1)))).isEqualTo("Give the interim target");
		assertThat(fieldError(html, glideField(measure, periodStart))).isNull();
		assertThat(html).containsPattern("id=\"" + glideField(measure, periodStart) + "\"[^>]*value=\"96\"");
		assertThat(measureService.glidePathOf(List.of(measure))).isEmpty();
	}

	@Test
	void finishingWithEveryNeedCoveredSendsTheMeasuresToTheProvider() throws Exception {
		// given
		Relationship relationship = relationship();
		String taskId = defineTask(relationship, 1);
		fixtures.coverNeeds(relationship.getId(), 1);

		// when
		page(post("/tasks/" + taskId), MANAGER, 302);

		// then
		ProcessInstance pi = lifecycleInstance(relationship);
		assertThat(task(pi, "Task_AgreeMeasures")).isNotNull();
		assertThat(runtimeService.getVariable(pi.getId(), "coverageComplete")).isEqualTo(true);
	}

	@Test
	void finishingWithNeedsMissingBringsTheTaskBackWithTheMissingNeeds() throws Exception {
		// given
		Relationship relationship = relationship();
		String taskId = defineTask(relationship, 1);
		define(relationship, "SERVICE_AVAILABILITY", "Availability");

		// when
		page(post("/tasks/" + taskId), MANAGER, 302);

		// then
		String again = task(lifecycleInstance(relationship), "Task_DefineSuccessMeasures").getId();
		String html = page(get("/tasks/" + again), MANAGER, 200);
		assertThat(html).contains("id=\"missing-needs\"",
				"Still missing: <strong>Major incidents, Incident resolution time, Staff continuity</strong>");
	}

	@Test
	void aDisputeOfTheProviderShowsOnTheMeasuresAgain() throws Exception {
		// given
		Relationship relationship = relationship();
		String taskId = defineTask(relationship, 1);
		fixtures.coverNeeds(relationship.getId(), 1);
		page(post("/tasks/" + taskId), MANAGER, 302);
		ProcessInstance pi = lifecycleInstance(relationship);
		taskService.complete(task(pi, "Task_AgreeMeasures").getId(),
				Map.of("measuresAccepted", false, "disputeReason", "Availability target is above the contract"));

		// when
		String html = page(get("/tasks/" + task(pi, "Task_DefineSuccessMeasures").getId()), MANAGER, 200);

		// then
		assertThat(html).contains("id=\"dispute\"", "The provider disputed the measures",
				"Availability target is above the contract").doesNotContain("id=\"missing-needs\"");
	}

	// --- Submit period results ---

	@Test
	void submitResultsShowsEveryMeasureWithItsTargetAndWhatIsMissing() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = resultsTask(relationship);
		SuccessMeasure availability = measure(relationship, "Service availability");
		submit(relationship, availability, 99.2);

		// when
		String html = page(get("/tasks/" + taskId), provider(relationship), 200);

		// then
		assertThat(html).contains("Results for <span>" + relationship.periodLabel(periodStart) + "</span>",
				"3 of 4 measures still lack a result", "Major incidents", "Incident resolution time", "Staff continuity",
				"(higher is better)", "Hand in without the missing ones", "<progress id=\"csv-progress\"",
				"period,measure_id,measure,unit,value,comment");
		assertThat(html).containsPattern("name=\"value_" + availability.getId() + "\"[^>]*value=\"99.2\"");
		assertThat(row(html, "data-measure=\"" + availability.getId() + "\"")).contains("<td>%</td>", ">100<")
				.doesNotContain("no result yet");
		assertThat(row(html, "data-measure=\"" + measure(relationship, "Staff continuity").getId() + "\""))
				.contains("no result yet");
		assertThat(missingNames(html)).isEqualTo("Incident resolution time, Major incidents, Staff continuity");
		assertHiddenFromOtherProviders(taskId, post("/tasks/" + taskId));
	}

	@Test
	void savingSomeRowsKeepsTheTaskOpenAndShowsWhatIsStillMissing() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = resultsTask(relationship);
		SuccessMeasure availability = measure(relationship, "Service availability");
		SuccessMeasure incidents = measure(relationship, "Major incidents");

		// when
		MvcResult saved = perform(post("/tasks/" + taskId + "/results").param(value(availability), "99.5")
				.param("comment_" + availability.getId(), "One planned outage").param(value(incidents), "2,5")
				.param(value(measure(relationship, "Staff continuity")), ""), provider(relationship), 302);

		// then
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/tasks/" + taskId);
		assertThat(saved.getFlashMap().get("saved")).isEqualTo(
				"Saved 2 results for " + relationship.periodLabel(periodStart) + ".");
		List<PeriodResult> results = resultsOf(relationship);
		assertThat(results).extracting(r -> r.getValue().doubleValue()).containsExactlyInAnyOrder(99.5, 2.5);
		assertThat(results).extracting(PeriodResult::getSource).containsOnly(ResultSource.FORM);
		assertThat(results).extracting(PeriodResult::getSubmittedBy).containsOnly(provider(relationship));
		assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
		String html = page(get("/tasks/" + taskId), provider(relationship), 200);
		assertThat(missingNames(html)).isEqualTo("Incident resolution time, Staff continuity");
	}

	@Test
	void savingTheLastMissingResultCompletesTheTaskByItself() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = resultsTask(relationship);
		SuccessMeasure availability = measure(relationship, "Service availability");
		submit(relationship, availability, 99.2);
		MockHttpServletRequestBuilder rest = post("/tasks/" + taskId + "/results").param(value(availability), "99.2");
		for (String name : List.of("Major incidents", "Incident resolution time", "Staff continuity")) {
			rest.param(value(measure(relationship, name)), "100");
		}

		// when
		MvcResult saved = perform(rest, provider(relationship), 302);

		// then
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/tasks");
		assertThat((String) saved.getFlashMap().get("done")).startsWith("Saved 3 results")
				.endsWith("Every result is in: the review of " + relationship.periodLabel(periodStart) + " goes ahead.");
		assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
		assertThat(task(review(relationship), "Task_ReviewPerformance")).isNotNull();
		assertThat(resultsOf(relationship)).hasSize(4);
	}

	@Test
	void aRowThatIsNotANumberIsRefusedAndNothingIsSaved() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = resultsTask(relationship);
		SuccessMeasure availability = measure(relationship, "Service availability");
		SuccessMeasure incidents = measure(relationship, "Major incidents");

		// when
		String html = page(post("/tasks/" + taskId + "/results").param(value(availability), "99.5")
				.param(value(incidents), "two"), provider(relationship), 400);

		// then
		assertThat(fieldError(html, value(incidents))).isEqualTo("'two' is not a number");
		assertThat(fieldError(html, value(availability))).isNull();
		assertThat(html).containsPattern("name=\"" + value(availability) + "\"[^>]*value=\"99.5\"")
				.containsPattern("name=\"" + value(incidents) + "\"[^>]*value=\"two\"");
		assertThat(resultsOf(relationship)).isEmpty();
	}

	@Test
	void savingWithNothingTypedIsRefused() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = resultsTask(relationship);

		// when
		String html = page(post("/tasks/" + taskId + "/results"), provider(relationship), 400);

		// then
		assertThat(fieldError(html, "rows")).isEqualTo("Type a result to save: the rows already show what is saved");
	}

	@Test
	void handingInWithoutTheMissingOnesCompletesTheTask() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = resultsTask(relationship);
		SuccessMeasure availability = measure(relationship, "Service availability");
		submit(relationship, availability, 99.2);

		// when: the form posts the saved value as shown
		page(post("/tasks/" + taskId).param(value(availability), "99.20"), provider(relationship), 302);

		// then
		assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
		assertThat(task(review(relationship), "Task_ReviewPerformance")).isNotNull();
		PerformanceReview review = reviewService.reviewsOf(relationship.getId()).get(0);
		assertThat(review.getResultsSubmittedBy()).isEqualTo(provider(relationship));
		assertThat(resultsOf(relationship)).hasSize(1);
	}

	@Test
	void handingInRefusesResultsTypedButNotSaved() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = resultsTask(relationship);
		SuccessMeasure incidents = measure(relationship, "Major incidents");

		// when
		String html = page(post("/tasks/" + taskId).param(value(incidents), "3"), provider(relationship), 400);

		// then
		assertThat(fieldError(html, value(incidents))).isEqualTo("Save this result first, or clear it to hand in without it");
		assertThat(html).containsPattern("name=\"" + value(incidents) + "\"[^>]*value=\"3\"");
		assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
		assertThat(resultsOf(relationship)).isEmpty();
	}

	@Test
	void aCsvFileIsPreviewedWithAnErrorOnEveryWrongRowAndNothingSaved() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = resultsTask(relationship);
		SuccessMeasure availability = measure(relationship, "Service availability");
		String csv = """
				period,measure_id,measure,unit,value,comment
				%1$s,%2$d,,%%,99.5,"Planned outage, announced"
				,,Throughput,,12,
				,,major incidents,,two,
				,,Staff continuity,hours,97,
				,,service availability,,99.6,
				%3$s,,Incident resolution time,,96,
				""".formatted(periodStart, availability.getId(), periodStart.plusMonths(1));

		// when
		String html = page(csvUpload(taskId, csv, null), provider(relationship), 200);

		// then
		assertThat(html).startsWith("<div id=\"csv-preview\">").contains("6 rows", "5 with errors")
				.doesNotContain("id=\"confirm-csv\"");
		assertThat(row(html, "data-line=\"2\"")).contains("Service availability", "Planned outage, announced", "OK");
		assertThat(row(html, "data-line=\"3\"")).contains("Unknown measure 'Throughput': it is not a measure of this period.");
		assertThat(row(html, "data-line=\"4\"")).contains("'two' is not a number.");
		assertThat(row(html, "data-line=\"5\"")).contains("Unit 'hours' does not match the measure's unit '%'.");
		assertThat(row(html, "data-line=\"6\"")).contains("Service availability appears twice, also on line 2.");
		assertThat(row(html, "data-line=\"7\"")).contains("Period " + periodStart.plusMonths(1)
				+ " is not the period of this task, " + periodStart + ".");
		assertThat(resultsOf(relationship)).isEmpty();
	}

	@Test
	void aConfirmedCsvFileIsSavedAndTheLastResultCompletesTheTask() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = resultsTask(relationship);
		String csv = "measure,value\nService availability,99.5\nMajor incidents,1\nIncident resolution time,98\n"
				+ "\"Staff continuity\",100\n";
		String preview = page(csvUpload(taskId, csv, null), provider(relationship), 200);
		assertThat(preview).contains("4 rows", "Save these 4 results");

		// when
		MvcResult confirmed = perform(csvUpload(taskId, csv, checksum(preview)), provider(relationship), 200);

		// then
		assertThat(confirmed.getResponse().getHeader("HX-Redirect")).isEqualTo("/tasks");
		assertThat(resultsOf(relationship)).hasSize(4).extracting(PeriodResult::getSource).containsOnly(ResultSource.CSV);
		assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
		assertThat(task(review(relationship), "Task_ReviewPerformance")).isNotNull();
	}

	@Test
	void aConfirmedCsvFileWithSomeResultsGoesBackToTheForm() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = resultsTask(relationship);
		String csv = "measure_id,value,comment\n" + measure(relationship, "Major incidents").getId() + ",1,ok\n";

		// when
		MvcResult confirmed = perform(csvUpload(taskId, csv, checksum(page(csvUpload(taskId, csv, null),
				provider(relationship), 200))), provider(relationship), 200);

		// then
		assertThat(confirmed.getResponse().getHeader("HX-Redirect")).isEqualTo("/tasks/" + taskId);
		assertThat(confirmed.getFlashMap().get("saved"))
				.isEqualTo("Saved 1 result for " + relationship.periodLabel(periodStart) + ".");
		assertThat(resultsOf(relationship)).singleElement().satisfies(r -> assertThat(r.getComment()).isEqualTo("ok"));
		assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
	}

	@Test
	void aCsvFileWithErrorsOrChangedSinceThePreviewIsNotSaved() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = resultsTask(relationship);
		String wrong = "measure,value\nService availability,high\n";
		String right = "measure,value\nService availability,99\n";
		String checked = checksum(page(csvUpload(taskId, right, null), provider(relationship), 200));

		// when
		String withErrors = page(csvUpload(taskId, wrong, sha256(wrong)), provider(relationship), 400);
		String changed = page(csvUpload(taskId, "measure,value\nService availability,98\n", checked),
				provider(relationship), 400);

		// then
		assertThat(withErrors).contains("Nothing was saved", "'high' is not a number.");
		assertThat(changed).contains("The file changed since you checked it. Check this one before saving it.");
		assertThat(resultsOf(relationship)).isEmpty();
	}

	@Test
	void aCsvFileOverTwoMegabytesIsRefused() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = resultsTask(relationship);
		String big = "measure,value,comment\n" + ("Service availability,99," + "x".repeat(990) + "\n").repeat(2200);

		// when
		String html = page(csvUpload(taskId, big, null), provider(relationship), 400);

		// then
		assertThat(big.length()).isGreaterThan(2 * 1024 * 1024);
		assertThat(html).contains("The file is 2.1 MB. Pacer takes files up to 2 MB: split it and upload the parts "
				+ "one after the other.").doesNotContain("id=\"csv-rows\"");
		assertThat(resultsOf(relationship)).isEmpty();
	}

	@Test
	void aCsvFileWithMoreThanFiveThousandRowsOrNoFileIsRefused() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = resultsTask(relationship);
		String many = "measure,value\n" + "Service availability,99\n".repeat(5001);

		// when / then
		assertThat(page(csvUpload(taskId, many, null), provider(relationship), 400))
				.contains("The file has 5001 rows of results; upload at most 5000 at a time.");
		assertThat(page(multipart("/tasks/" + taskId + "/results/csv"), provider(relationship), 400))
				.contains("Choose a CSV file to upload.");
	}

	@Test
	void resultsOfAnotherProviderCannotBeSavedOrUploaded() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = resultsTask(relationship);
		SuccessMeasure availability = measure(relationship, "Service availability");
		String stranger = fixtures.providerUser(relationship());
		String csv = "measure,value\nService availability,99\n";

		// when / then
		page(post("/tasks/" + taskId + "/results").param(value(availability), "99"), stranger, 404);
		page(csvUpload(taskId, csv, null), stranger, 404);
		page(csvUpload(taskId, csv, "anything"), stranger, 404);
		assertThat(resultsOf(relationship)).isEmpty();
		// and the manager's chase task takes no rows either
		String chase = chaseTask(relationship);
		page(post("/tasks/" + chase + "/results").param(value(availability), "99"), MANAGER, 404);
		assertThat(resultsOf(relationship)).isEmpty();
	}

	// --- Chase missing results ---

	@Test
	void chaseListsTheMeasuresStillWithoutResult() throws Exception {
		// given
		Relationship relationship = measured();
		submit(relationship, measure(relationship, "Service availability"), 99);
		submit(relationship, measure(relationship, "Major incidents"), 1);
		String taskId = chaseTask(relationship);

		// when
		String html = page(get("/tasks/" + taskId), MANAGER, 200);

		// then
		assertThat(html).contains("2 measures", "Incident resolution time", "Staff continuity", "7</span> more days")
				.doesNotContain(">Service availability<", ">Major incidents<");
		assertHiddenFromOtherProviders(taskId, post("/tasks/" + taskId).param("proceedWithoutResults", "true"));
	}

	@Test
	void chaseReviewingWithoutTheMissingResultsComputesTheScorecard() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = chaseTask(relationship);

		// when
		page(post("/tasks/" + taskId).param("proceedWithoutResults", "true"), MANAGER, 302);

		// then
		assertThat(task(review(relationship), "Task_ReviewPerformance")).isNotNull();
		assertThat(runtimeService.getVariable(review(relationship).getId(), "noDataCount")).isEqualTo(4);
	}

	@Test
	void chaseGivingMoreDaysSendsTheTaskBackToTheProvider() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = chaseTask(relationship);
		Instant before = clock.now();

		// when
		page(post("/tasks/" + taskId).param("proceedWithoutResults", "false"), MANAGER, 302);

		// then
		Task again = task(review(relationship), "Task_SubmitPeriodResults");
		assertThat(again).isNotNull();
		Date dueAt = (Date) runtimeService.getVariable(review(relationship).getId(), "resultsDueAt");
		assertThat(dueAt.toInstant()).isBetween(before.plus(7, ChronoUnit.DAYS), clock.now().plus(7, ChronoUnit.DAYS));
	}

	@Test
	void chaseWithoutADecisionIsRefused() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = chaseTask(relationship);

		// when
		String html = page(post("/tasks/" + taskId), MANAGER, 400);

		// then
		assertThat(fieldError(html, "proceedWithoutResults"))
				.isEqualTo("Review without the missing results, or give the provider more time");
		assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
	}

	// --- Inbox ---

	@Test
	void inboxOffersUnclaimOnlyForGroupTasksAndShowsTheReviewPeriod() throws Exception {
		// given
		Relationship setUp = relationship();
		lifecycleOf(setUp);
		Relationship measured = measured();
		String resultsTaskId = resultsTask(measured);
		String provider = provider(measured);

		// when
		String offered = page(get("/tasks"), provider, 200);
		page(post("/tasks/" + resultsTaskId + "/claim"), provider, 302);
		String claimed = page(get("/tasks"), provider, 200);
		String managers = page(get("/tasks"), MANAGER, 200);

		// then
		String period = "<td class=\"period\">" + measured.periodLabel(periodStart) + "</td>";
		assertThat(row(offered, measured.getName())).contains(period, "Claim");
		assertThat(row(claimed, measured.getName())).contains(period, "Unclaim");
		assertThat(row(managers, setUp.getName())).contains("Set expected outcomes", "<td class=\"period\"></td>")
				.doesNotContain("Unclaim");
	}

	// --- helpers ---

	private Relationship relationship() {
		Relationship relationship = fixtures.relationship(periodStart);
		made.add(relationship);
		return relationship;
	}

	/** A relationship with one measure per level-1 need (target 100, amber line 90, in %). */
	private Relationship measured() {
		Relationship relationship = fixtures.measuredRelationship(periodStart, 1, 1, 0);
		made.add(relationship);
		return relationship;
	}

	private ProcessInstance lifecycleOf(Relationship relationship) {
		return lifecycle.start(relationship);
	}

	private ProcessInstance lifecycleInstance(Relationship relationship) {
		return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(relationship.getId().toString())
				.singleResult();
	}

	/** The relationship's lifecycle at Task_DefineSuccessMeasures, the provider delivering the expected level. */
	private String defineTask(Relationship relationship, int expectedLevel) {
		return defineTask(relationship, expectedLevel, expectedLevel, 0);
	}

	private String defineTask(Relationship relationship, int expectedLevel, int currentLevel, int rampUpMonths) {
		ProcessInstance pi = lifecycleOf(relationship);
		taskService.complete(task(pi, "Task_SetExpectedOutcomes").getId(), Map.of("expectedLevel", (long) expectedLevel,
				"currentLevel", (long) currentLevel, "rampUpMonths", (long) rampUpMonths));
		return task(pi, "Task_DefineSuccessMeasures").getId();
	}

	private SuccessMeasure define(Relationship relationship, String needCode, String name) {
		return measureService.define(relationship.getId(), new MeasureDraft(needs.findByCode(needCode).orElseThrow().getId(),
				name, "%", Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(99), BigDecimal.valueOf(95), BigDecimal.ONE),
				MANAGER);
	}

	private static String glideField(SuccessMeasure measure, LocalDate period) {
		return "glide_" + measure.getId() + "_" + period;
	}

	private MockHttpServletRequestBuilder addMeasure(String taskId, String needCode, String name, String unit,
			String target, String threshold) {
		return post("/tasks/" + taskId + "/measures")
				.param("needId", needs.findByCode(needCode).orElseThrow().getId().toString()).param("name", name)
				.param("unit", unit).param("direction", "HIGHER_IS_BETTER").param("target", target)
				.param("threshold", threshold).param("weight", "1");
	}

	private ProcessInstance review(Relationship relationship) {
		return runtimeService.createProcessInstanceQuery()
				.processInstanceBusinessKey(relationship.getId() + "/" + periodStart).singleResult();
	}

	/** The review of the period, waiting for the provider's results. */
	private String resultsTask(Relationship relationship) {
		return task(fixtures.startReview(relationship, periodStart), "Task_SubmitPeriodResults").getId();
	}

	/** The review of the period, its results deadline passed: the manager chases. */
	private String chaseTask(Relationship relationship) {
		ProcessInstance review = review(relationship) != null ? review(relationship)
				: fixtures.startReview(relationship, periodStart);
		managementService.executeJob(managementService.createJobQuery().processInstanceId(review.getId())
				.activityId("Event_ResultsOverdue").singleResult().getId());
		return task(review, "Task_ChaseMissingResults").getId();
	}

	private SuccessMeasure measure(Relationship relationship, String name) {
		return measureService.measuresOf(relationship.getId()).stream().filter(m -> m.getName().equals(name)).findFirst()
				.orElseThrow();
	}

	private void submit(Relationship relationship, SuccessMeasure measure, double value) {
		resultService.submit(relationship.getId(), periodStart,
				List.of(new ResultEntry(measure.getId(), BigDecimal.valueOf(value), null)), ResultSource.API, "fixture");
	}

	private List<PeriodResult> resultsOf(Relationship relationship) {
		return resultService.resultsFor(measureService.measuresOf(relationship.getId()), periodStart);
	}

	private static String value(SuccessMeasure measure) {
		return "value_" + measure.getId();
	}

	private MockHttpServletRequestBuilder csvUpload(String taskId, String csv, String confirm) {
		var request = multipart("/tasks/" + taskId + "/results/csv")
				.file(new MockMultipartFile("file", "results.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		return confirm == null ? request : request.param("confirm", confirm);
	}

	private static String sha256(String csv) throws Exception {
		return HexFormat.of().formatHex(
				MessageDigest.getInstance("SHA-256").digest(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private static String checksum(String preview) {
		Matcher matcher = Pattern.compile("name=\"confirm\" value=\"([0-9a-f]{64})\"").matcher(preview);
		assertThat(matcher.find()).as("the preview offers to save the file").isTrue();
		return matcher.group(1);
	}

	private Task task(ProcessInstance instance, String key) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
	}

	private String provider(Relationship relationship) {
		return fixtures.providerUser(relationship);
	}

	/** A user of another provider neither sees the task nor can complete it. */
	private void assertHiddenFromOtherProviders(String taskId, MockHttpServletRequestBuilder completion) throws Exception {
		String stranger = fixtures.providerUser(relationship());
		page(get("/tasks/" + taskId), stranger, 404);
		page(completion, stranger, 404);
		assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
	}

	private MvcResult perform(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
		return mvc.perform(request.with(authentication(fixtures.signedIn(user))).with(csrf()))
				.andExpect(status().is(status)).andReturn();
	}

	/** The answer with HTML entities decoded; a completion leads back to the inbox. */
	private String page(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
		MvcResult result = perform(request, user, status);
		if (status == 302) {
			assertThat(result.getResponse().getRedirectedUrl()).startsWith("/tasks");
		}
		return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	/** The message shown next to a field, or null. */
	private static String fieldError(String html, String field) {
		Matcher matcher = Pattern.compile("data-field=\"" + Pattern.quote(field) + "\">([^<]*)<").matcher(html);
		return matcher.find() ? matcher.group(1) : null;
	}

	/** The table row (or list item) holding the text. */
	private static String row(String html, String text) {
		int at = html.indexOf(text);
		assertThat(at).as("page holds " + text).isNotNegative();
		int start = Math.max(html.lastIndexOf("<tr", at), html.lastIndexOf("<li", at));
		int end = html.indexOf(html.startsWith("<li", start) ? "</li>" : "</tr>", at);
		return html.substring(start, end);
	}

	private static String coverageItem(String html, String needCode) {
		return row(html, "data-need=\"" + needCode + "\"");
	}

	private static String missingNames(String html) {
		Matcher matcher = Pattern.compile("<span id=\"missing-names\">(.*?)</span>\\.", Pattern.DOTALL).matcher(html);
		assertThat(matcher.find()).as("the page lists the missing results").isTrue();
		return matcher.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim();
	}
}
