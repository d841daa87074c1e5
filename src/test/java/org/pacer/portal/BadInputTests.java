package org.pacer.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.pacer.identity.Actors;
import org.pacer.improvement.ImprovementService;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.people.ProviderLeads;
import org.pacer.process.Processes;
import org.pacer.relationship.Relationship;
import org.pacer.result.PeriodResult;
import org.pacer.result.ResultService;
import org.pacer.review.ReviewService;
import org.pacer.time.PacerClock;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Bad input found by a security review, each through the door it came in by: numbers that overflow a column,
 * page numbers that overflow an offset, a yes/no that is neither, dates and texts beyond any sane size, a formula
 * smuggled into an export, and the log a refused completion leaves. Each answers 400 naming the field (or, for a
 * page, clamps), saves nothing, and leaves one INFO line.
 */
@ProcessTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class BadInputTests {

	private static final List<String> HUGE_NUMBERS = List.of("1e16", "1e308", "-1e308", "1e100000", "9".repeat(1000));

	private static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private PacerClock clock;

	@Autowired
	private TaskService taskService;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private MeasureService measures;

	@Autowired
	private ResultService results;

	@Autowired
	private ReviewService reviews;

	@Autowired
	private ImprovementService improvements;

	@Autowired
	private ProviderLeads leads;

	@Autowired
	private ObjectMapper json;

	private LocalDate period;

	private final List<Relationship> made = new ArrayList<>();

	@BeforeEach
	void threeMonthsBack() {
		period = clock.today().withDayOfMonth(1).minusMonths(3);
	}

	@AfterEach
	void removeInstances() {
		fixtures.removeInstancesOf(made.stream().map(Relationship::getId).toList());
	}

	@Test
	void theResultsFormRefusesNumbersBeyondAnyResult() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = resultsTask(relationship);
		SuccessMeasure measure = measures.measuresOf(relationship.getId()).get(0);

		for (String huge : HUGE_NUMBERS) {
			// when
			String html = page(post("/tasks/" + taskId + "/results").param("value_" + measure.getId(), huge),
					provider(relationship), 400);

			// then
			assertThat(fieldError(html, "value_" + measure.getId())).as(huge).isNotBlank();
		}
		assertThat(saved(relationship)).isEmpty();
	}

	@Test
	void aCsvUploadWithNumbersBeyondAnyResultIsRefusedRowByRow() throws Exception {
		// given
		Relationship relationship = measured();
		String taskId = resultsTask(relationship);
		String csv = "measure,value\n" + String.join("\n", HUGE_NUMBERS.stream().map(n -> "Service availability," + n)
				.toList()) + "\n";

		// when
		String preview = page(csvUpload(taskId, csv, null), provider(relationship), 200);
		String confirmed = page(csvUpload(taskId, csv, sha256(csv)), provider(relationship), 400);

		// then
		assertThat(preview).contains("5 with errors", "Give a number between", "is too long for a number");
		assertThat(confirmed).contains("Nothing was saved");
		assertThat(saved(relationship)).isEmpty();
	}

	@Test
	void theApiRefusesNumbersBeyondAnyResultNamingTheRow() throws Exception {
		// given
		Relationship relationship = measured();
		List<SuccessMeasure> own = measures.measuresOf(relationship.getId());
		String numbers = "{\"period\":\"" + period + "\",\"measureId\":" + own.get(0).getId() + ",\"value\":1e16},"
				+ "{\"period\":\"" + period + "\",\"measureId\":" + own.get(1).getId() + ",\"value\":-1e308},"
				+ "{\"period\":\"" + period + "\",\"measureId\":" + own.get(2).getId() + ",\"value\":\"1e100000\"},"
				+ "{\"period\":\"" + period + "\",\"measureId\":" + own.get(3).getId() + ",\"value\":\""
				+ "9".repeat(1000) + "\"}";

		// when
		JsonNode problem = api(post("/api/v1/relationships/" + relationship.getId() + "/results")
				.contentType(MediaType.APPLICATION_JSON).content("{\"rows\":[" + numbers + "]}"),
				provider(relationship), 400);

		// then
		assertThat(problem.get("errors").findValuesAsText("field"))
				.containsExactly("rows[0].value", "rows[1].value", "rows[2].value", "rows[3].value");
		assertThat(saved(relationship)).isEmpty();
	}

	@Test
	void aTokenValidForMoreDaysThanAnIntHoldsIsRefusedOnTheField() throws Exception {
		// given
		Relationship relationship = made(fixtures.relationship(period));
		String lead = provider(relationship);
		leads.appoint(relationship.getProvider().getId(), lead);

		// when
		String html = page(post("/api-tokens").param("providerId", relationship.getProvider().getId().toString())
				.param("name", "Monitoring").param("days", "2147483648"), lead, 400);

		// then
		assertThat(fieldError(html, "days")).startsWith("A token is valid for 1 to");
	}

	@Test
	void anAuditPageFarBeyondTheTrailShowsAnEmptyPage() throws Exception {
		// given
		Relationship relationship = made(fixtures.relationship(period));

		// when
		String html = page(get("/relationships/" + relationship.getId()).param("auditPage", "2147483647"),
				CycleFixtures.MANAGER, 200);

		// then
		assertThat(html).contains("Audit trail");
	}

	@Test
	void aReviewWithoutAClearYesOrNoIsRefusedOnTheField(CapturedOutput output) throws Exception {
		// given
		Relationship relationship = measured();
		fixtures.submitAll(relationship.getId(), period, 100);
		ProcessInstance review = fixtures.startReview(relationship, period);
		String taskId = taskOf(review, "Task_ReviewPerformance");

		// when: the choice left out, an odd choice, an override reason of 100,000 characters
		String missing = page(post("/tasks/" + taskId).param("assessment", "Fine"), CycleFixtures.MANAGER, 400);
		String odd = page(post("/tasks/" + taskId).param("assessment", "Fine").param("improvementNeeded", "maybe"),
				CycleFixtures.MANAGER, 400);
		String longReason = page(post("/tasks/" + taskId).param("assessment", "Fine")
				.param("improvementNeeded", "true").param("overrideReason", "x".repeat(100_000)),
				CycleFixtures.MANAGER, 400);
		String noAssessment = page(post("/tasks/" + taskId).param("improvementNeeded", "false"), CycleFixtures.MANAGER,
				400);

		// then: each refused next to its field, the task still open; the one the engine refused is one INFO line
		assertThat(fieldError(noAssessment, "assessment")).isEqualTo("Write the assessment the provider will read");
		assertThat(fieldError(missing, "improvementNeeded")).isEqualTo("Say whether improvement is needed");
		assertThat(fieldError(odd, "improvementNeeded")).isEqualTo("Choose yes or no");
		assertThat(fieldError(longReason, "overrideReason")).contains("4000 characters");
		assertThat(taskOf(review, "Task_ReviewPerformance")).isEqualTo(taskId);
		assertThat(reviews.reviewsOf(relationship.getId()).get(0).getAssessment()).isNull();
		assertThat(output.getOut()).doesNotContain("ENGINE-16004", "RejectedInput")
				.containsPattern("INFO .*Refused input from " + CycleFixtures.MANAGER
						+ " on task Task_ReviewPerformance.*: assessment \\(Write the assessment the provider will read\\)");
	}

	@Test
	void aRealFailureOfTheEngineStaysAnErrorWithItsStackTrace(CapturedOutput output) {
		// when: the engine's command context reports a failure that is not a refused input
		LoggerFactory.getLogger("org.camunda.bpm.engine.context").error(
				"ENGINE-16004 Exception while closing command context: {}", "disk full",
				new ProcessEngineException("disk full"));

		// then
		assertThat(output.getOut()).contains("ERROR", "ENGINE-16004", "ProcessEngineException: disk full",
				"at org.pacer.portal.BadInputTests");
	}

	@Test
	void anActionDueInYearNineHundredMillionIsRefused() throws Exception {
		// given
		Relationship relationship = made(fixtures.relationship(period));
		ProcessInstance improvement = startImprovement(relationship);
		String provider = provider(relationship);
		String taskId = taskOf(improvement, "Task_SubmitImprovementPlan");

		// when
		String html = page(post("/tasks/" + taskId + "/actions").header("HX-Request", "true")
				.param("description", "Add monitoring").param("ownerSide", "PROVIDER").param("ownerUser", provider)
				.param("dueDate", "+999999999-12-31"), provider, 400);

		// then
		assertThat(fieldError(html, "dueDate")).isEqualTo("Give a date from 1900-01-01 to 2200-12-31");
		long planId = (Long) taskService.getVariable(taskId, "planId");
		assertThat(improvements.actionsOf(planId)).isEmpty();
	}

	@Test
	void aFormulaSentWithResultsComesBackInertAndUploadsAgainAsSent() throws Exception {
		// given: a provider's system sends a formula as comment and a negative value
		Relationship relationship = measured();
		String taskId = resultsTask(relationship);
		List<SuccessMeasure> own = measures.measuresOf(relationship.getId());
		String rows = "{\"period\":\"" + period + "\",\"measureId\":" + own.get(0).getId()
				+ ",\"value\":-2.5,\"comment\":" + json.writeValueAsString(FORMULA) + "},"
				+ "{\"period\":\"" + period + "\",\"measureId\":" + own.get(1).getId()
				+ ",\"value\":97,\"comment\":\"@SUM(A1)\"}";
		api(post("/api/v1/relationships/" + relationship.getId() + "/results").contentType(MediaType.APPLICATION_JSON)
				.content("{\"rows\":[" + rows + "]}"), provider(relationship), 200);

		// when
		String fromApi = text(mvc.perform(get("/api/v1/relationships/" + relationship.getId() + "/results.csv")
				.param("period", period.toString()).with(httpBasic(provider(relationship), provider(relationship))))
				.andExpect(status().isOk()).andReturn());
		String fromPortal = text(perform(get("/relationships/" + relationship.getId() + "/results.csv"),
				provider(relationship), 200));

		// then: text cells are inert, numbers stay numbers
		for (String export : List.of(fromApi, fromPortal)) {
			assertThat(export).contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", ",'@SUM(A1)", ",-2.5,")
					.doesNotContain(",\"=HYPERLINK", ",@SUM");
		}

		// and when: the export goes back in as it is
		String preview = page(csvUpload(taskId, fromApi, null), provider(relationship), 200);
		perform(csvUpload(taskId, fromApi, checksum(preview)), provider(relationship), 200);

		// then: the original values
		assertThat(saved(relationship)).extracting(PeriodResult::getComment).containsExactlyInAnyOrder(FORMULA,
				"@SUM(A1)");
		assertThat(saved(relationship)).anySatisfy(r -> assertThat(r.getValue()).isEqualByComparingTo("-2.5"));
	}

	// --- helpers ---

	private Relationship made(Relationship relationship) {
		made.add(relationship);
		return relationship;
	}

	private Relationship measured() {
		return made(fixtures.measuredRelationship(period, 1, 1, 0));
	}

	private String resultsTask(Relationship relationship) {
		return taskOf(fixtures.startReview(relationship, period), "Task_SubmitPeriodResults");
	}

	private ProcessInstance startImprovement(Relationship relationship) {
		var review = reviews.open(relationship.getId(), period, null);
		return Actors.runAs(CycleFixtures.MANAGER, () -> runtime.startProcessInstanceByKey(
				Processes.JOINT_IMPROVEMENT, Processes.reviewKey(relationship.getId(), period),
				Map.of("relationshipId", relationship.getId(), "reviewId", review.getId(), "managerId",
						CycleFixtures.MANAGER, "providerGroup", relationship.getProvider().getCandidateGroup())));
	}

	private String taskOf(ProcessInstance instance, String key) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult()
				.getId();
	}

	private String provider(Relationship relationship) {
		return fixtures.providerUser(relationship);
	}

	private List<PeriodResult> saved(Relationship relationship) {
		return results.resultsFor(measures.measuresOf(relationship.getId()), period);
	}

	private MockHttpServletRequestBuilder csvUpload(String taskId, String csv, String confirm) {
		var request = multipart("/tasks/" + taskId + "/results/csv")
				.file(new MockMultipartFile("file", "results.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		return confirm == null ? request : request.param("confirm", confirm);
	}

	private static String sha256(String csv) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv.getBytes(StandardCharsets.UTF_8)));
	}

	private static String checksum(String preview) {
		Matcher matcher = Pattern.compile("name=\"confirm\" value=\"([0-9a-f]{64})\"").matcher(preview);
		assertThat(matcher.find()).as("the preview offers to save the file").isTrue();
		return matcher.group(1);
	}

	private JsonNode api(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
		return json.readTree(text(mvc.perform(request.with(httpBasic(user, user))).andExpect(status().is(status))
				.andReturn()));
	}

	private MvcResult perform(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
		return mvc.perform(request.with(authentication(fixtures.signedIn(user))).with(csrf()))
				.andExpect(status().is(status)).andReturn();
	}

	private String page(MockHttpServletRequestBuilder request, String user, int status) throws Exception {
		return HtmlUtils.htmlUnescape(text(perform(request, user, status)));
	}

	private static String text(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String fieldError(String html, String field) {
		Matcher matcher = Pattern.compile("data-field=\"" + Pattern.quote(field) + "\">([^<]*)<").matcher(html);
		return matcher.find() ? matcher.group(1) : null;
	}
}
