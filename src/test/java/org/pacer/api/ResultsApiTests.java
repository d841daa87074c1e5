package org.pacer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacer.api.ApiCalls.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.relationship.Relationship;
import org.pacer.result.PeriodResult;
import org.pacer.result.ResultService;
import org.pacer.result.ResultSource;
import org.pacer.review.ReviewService;
import org.pacer.scorecard.ScorecardService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Pushing results through /api/v1: a month in one call completes the waiting results task and the review computes
 * its scorecard; a repeat replaces and is audited; every kind of bad row is refused by name and nothing is saved.
 */
class ResultsApiTests extends ApiTest {

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private TaskService taskService;

	@Autowired
	private MeasureService measures;

	@Autowired
	private ResultService results;

	@Autowired
	private ReviewService reviews;

	@Autowired
	private ScorecardService scorecards;

	@Autowired
	private ObjectMapper json;

	@Test
	void aProviderSystemPushesAMonthWithOneCallAndTheReviewComputesWithoutAnyoneTyping() throws Exception {
		// given: the review of the period waits for the provider's results
		Relationship relationship = measured();
		ProcessInstance review = fixtures.startReview(relationship, period);
		assertThat(waitingAt(review)).containsExactly("Task_SubmitPeriodResults");
		String token = ApiCalls.tokenFor(tokens, relationship);

		// when: the provider's system sends every result of the month
		push(relationship, token, rows(relationship, period, "99.5"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.accepted").value(4))
				.andExpect(jsonPath("$.replaced").value(0))
				.andExpect(jsonPath("$.refused").value(0))
				.andExpect(jsonPath("$.rows[3].outcome").value("ACCEPTED"));

		// then: the task completed itself and the review moved on with its scorecard computed
		assertThat(waitingAt(review)).containsExactly("Task_ReviewPerformance");
		long reviewId = reviews.reviewsOf(relationship.getId()).get(0).getId();
		var scorecard = scorecards.forReview(reviewId).orElseThrow();
		assertThat(scorecard.getLines()).hasSize(4).allSatisfy(l -> assertThat(l.getActual()).isEqualByComparingTo("99.5"));
		assertThat(reviews.get(reviewId).getResultsSubmittedBy()).startsWith("token:");
		assertThat(saved(relationship)).allSatisfy(r -> {
			assertThat(r.getSource()).isEqualTo(ResultSource.API);
			assertThat(r.getSubmittedBy()).isEqualTo("token:System of " + relationship.getProvider().getName());
		});
	}

	@Test
	void aPeriodWhoseScorecardIsComputedTakesNoMoreResults() throws Exception {
		// given: the month's results are in and the review scored them
		Relationship relationship = measured();
		ProcessInstance review = fixtures.startReview(relationship, period);
		String token = ApiCalls.tokenFor(tokens, relationship);
		push(relationship, token, rows(relationship, period, "99.5")).andExpect(status().isOk());
		assertThat(waitingAt(review)).containsExactly("Task_ReviewPerformance");

		// when: a late change comes
		String answer = push(relationship, token, rows(relationship, period, "80"))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

		// then: refused by its period, and the scored values stay
		assertThat(errors(answer)).isNotEmpty().allSatisfy((field, message) -> {
			assertThat(field).endsWith(".period");
			assertThat(message).startsWith("The scorecard of this period is computed and under review");
		});
		assertThat(saved(relationship)).allSatisfy(r -> assertThat(r.getValue()).isEqualByComparingTo("99.5"));
	}

	@Test
	void aRepeatReplacesTheValueAndTheReplacementIsAudited() throws Exception {
		// given
		Relationship relationship = measured();
		String token = ApiCalls.tokenFor(tokens, relationship);
		SuccessMeasure measure = measures.measuresOf(relationship.getId()).get(0);
		push(relationship, token, List.of(row(period, measure.getId(), "95", null))).andExpect(status().isOk());

		// when
		push(relationship, token, List.of(row(period, measure.getId(), "97.25", "%")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.accepted").value(0))
				.andExpect(jsonPath("$.replaced").value(1))
				.andExpect(jsonPath("$.rows[0].outcome").value("REPLACED"));

		// then
		assertThat(saved(relationship)).singleElement()
				.satisfies(r -> assertThat(r.getValue()).isEqualByComparingTo("97.25"));
		assertThat(results.auditOf(measure.getId(), period)).extracting(a -> a.getOldValue() == null ? null
				: a.getOldValue().stripTrailingZeros().toPlainString()).containsExactly(null, "95");
	}

	@Test
	void manyPeriodsGoInOneCall() throws Exception {
		// given
		Relationship relationship = measured();
		List<Map<String, Object>> rows = new ArrayList<>(rows(relationship, period, "99"));
		rows.addAll(rows(relationship, period.plusMonths(1), "98"));

		// when
		push(relationship, ApiCalls.tokenFor(tokens, relationship), rows)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.accepted").value(8));

		// then
		assertThat(results.resultsFor(measures.measuresOf(relationship.getId()), period.plusMonths(1))).hasSize(4);
		assertThat(saved(relationship)).hasSize(4);
	}

	@Test
	void everyKindOfBadRowIsRefusedByNameAndNothingIsSaved() throws Exception {
		// given
		Relationship relationship = measured();
		List<SuccessMeasure> own = measures.measuresOf(relationship.getId());
		long a = own.get(0).getId();
		long b = own.get(1).getId();
		Map<String, Object> unknownField = row(period, a, "99", null);
		unknownField.put("vaule", 99);
		List<Map<String, Object>> rows = List.of(
				row(period, b, "99", "%"),                                       // 0: fine on its own
				row(period, 999_999L, "99", null),                               // 1: unknown measure
				row(period.minusMonths(6), a, "99", null),                       // 2: before the relationship
				row(clock.today().withDayOfMonth(1).plusMonths(1), a, "99", null), // 3: not started yet
				row(period, own.get(2).getId(), "n/a", null),                    // 4: not a number
				row(period, own.get(3).getId(), "5", "hours"),                   // 5: unit mismatch
				row(period, b, "98", null),                                      // 6: same as row 0
				unknownField,                                                    // 7: unknown field
				row(period.withDayOfMonth(15), a, "99", null));                   // 8: not a period's first day

		// when
		String answer = push(relationship, ApiCalls.tokenFor(tokens, relationship), rows)
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("8 row(s) refused; nothing was saved")))
				.andExpect(jsonPath("$.rows[0].outcome").value("NOT_SAVED"))
				.andExpect(jsonPath("$.rows[1].outcome").value("REFUSED"))
				.andReturn().getResponse().getContentAsString();

		// then
		Map<String, String> errors = errors(answer);
		assertThat(errors).containsOnlyKeys("rows[1].measureId", "rows[2].period", "rows[3].period", "rows[4].value",
				"rows[5].unit", "rows[6].measureId", "rows[7].vaule", "rows[8].period");
		assertThat(errors.get("rows[1].measureId")).isEqualTo("Unknown measure 999999 for this relationship");
		assertThat(errors.get("rows[2].period")).contains("before the relationship started");
		assertThat(errors.get("rows[3].period")).contains("has not started yet");
		assertThat(errors.get("rows[4].value")).isEqualTo("'n/a' is not a number");
		assertThat(errors.get("rows[5].unit")).contains("does not match the measure's unit '%'");
		assertThat(errors.get("rows[6].measureId")).contains("appears twice in this request, also in row 0");
		assertThat(errors.get("rows[7].vaule")).startsWith("Unknown field");
		assertThat(errors.get("rows[8].period")).contains("A period is named by its first day");
		assertThat(saved(relationship)).isEmpty();
	}

	@Test
	void aValueTheMeasureCannotTakeIsRefusedByName() throws Exception {
		// given a measure valid from 0 to 100 %
		Relationship relationship = measured();
		SuccessMeasure share = measures.define(relationship.getId(), new org.pacer.measure.MeasureDraft(
				measures.measuresOf(relationship.getId()).get(0).getNeed().getId(), "Share", "%",
				org.pacer.measure.Direction.HIGHER_IS_BETTER, new BigDecimal("99"), new BigDecimal("95"), BigDecimal.ONE,
				new org.pacer.measure.ValidRange(BigDecimal.ZERO, new BigDecimal("100")), null, null), "manager");

		// when
		String answer = push(relationship, ApiCalls.tokenFor(tokens, relationship),
				List.of(row(period, share.getId(), "100.06", "%")))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

		// then
		assertThat(errors(answer)).containsEntry("rows[0].value", "Share takes 0 to 100 %; 100.06 is outside");
		assertThat(saved(relationship)).isEmpty();
	}

	@Test
	void malformedOrMistypedBodiesAnswer400AndNever5xx() throws Exception {
		// given
		Relationship relationship = measured();
		String token = ApiCalls.tokenFor(tokens, relationship);
		String url = "/api/v1/relationships/" + relationship.getId() + "/results";

		// then: JSON that does not parse
		mvc.perform(bearer(post(url), token).contentType(MediaType.APPLICATION_JSON).content("{\"rows\": [ {"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("body"));
		// a measure id that is not a number
		mvc.perform(bearer(post(url), token).contentType(MediaType.APPLICATION_JSON)
				.content("{\"rows\":[{\"period\":\"" + period + "\",\"measureId\":\"twelve\",\"value\":1}]}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("rows[0].measureId"))
				.andExpect(jsonPath("$.errors[0].row").value(0))
				.andExpect(jsonPath("$.errors[0].message").value("'twelve' is not a number"));
		// rows that are not a list, no body, an empty list, an unknown top-level field
		mvc.perform(bearer(post(url), token).contentType(MediaType.APPLICATION_JSON).content("{\"rows\": 5}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("rows"));
		mvc.perform(bearer(post(url), token).contentType(MediaType.APPLICATION_JSON))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
		mvc.perform(bearer(post(url), token).contentType(MediaType.APPLICATION_JSON).content("{\"rows\":[],\"x\":1}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("rows", "x")));
		// not JSON at all
		mvc.perform(bearer(post(url), token).contentType(MediaType.TEXT_PLAIN).content("measure,value"))
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(saved(relationship)).isEmpty();
	}

	@Test
	void aBodyOverTheLimitAnswers413() throws Exception {
		// given
		Relationship relationship = measured();
		String big = "{\"rows\":[" + "{\"period\":\"2026-01-01\",\"measureId\":1,\"value\":1},".repeat(30_000) + "]}";

		// when
		mvc.perform(bearer(post("/api/v1/relationships/" + relationship.getId() + "/results"),
				ApiCalls.tokenFor(tokens, relationship)).contentType(MediaType.APPLICATION_JSON).content(big))
				.andExpect(status().isPayloadTooLarge())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The request body is larger than")));

		// then
		assertThat(saved(relationship)).isEmpty();
	}

	@Test
	void anotherProvidersRelationshipIsNotFoundAndKeepsItsResults() throws Exception {
		// given
		Relationship mine = measured();
		Relationship theirs = measured();

		// when
		push(theirs, ApiCalls.tokenFor(tokens, mine), rows(theirs, period, "50"))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.detail").value("Relationship " + theirs.getId() + " not found"));

		// then
		assertThat(saved(theirs)).isEmpty();
	}

	@Test
	void resultsReadBackByPeriodAndPage() throws Exception {
		// given
		Relationship relationship = measured();
		fixtures.submitAll(relationship.getId(), period, 91);
		fixtures.submitAll(relationship.getId(), period.plusMonths(1), 92);
		String token = ApiCalls.tokenFor(tokens, relationship);

		// then
		mvc.perform(bearer(get("/api/v1/relationships/" + relationship.getId() + "/results"), token)
				.param("period", period.plusMonths(1).toString()).param("size", "3"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(4))
				.andExpect(jsonPath("$.pages").value(2))
				.andExpect(jsonPath("$.items.length()").value(3))
				.andExpect(jsonPath("$.items[0].value").value(92))
				.andExpect(jsonPath("$.items[0].unit").value("%"));
		mvc.perform(bearer(get("/api/v1/relationships/" + relationship.getId() + "/results"), token)
				.param("period", "last month"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("period"));
	}

	private ResultActions push(Relationship relationship, String token, List<Map<String, Object>> rows)
			throws Exception {
		return mvc.perform(bearer(post("/api/v1/relationships/" + relationship.getId() + "/results"), token)
				.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("rows", rows))));
	}

	private List<Map<String, Object>> rows(Relationship relationship, LocalDate of, String value) {
		return measures.measuresOf(relationship.getId()).stream()
				.map(m -> row(of, m.getId(), value, m.getUnit())).toList();
	}

	private static Map<String, Object> row(LocalDate of, Long measureId, String value, String unit) {
		Map<String, Object> row = new java.util.LinkedHashMap<>();
		row.put("period", of.toString());
		row.put("measureId", measureId);
		// a JSON number when it is one, as systems send it
		row.put("value", value.matches("[0-9.]+") ? new BigDecimal(value) : value);
		if (unit != null) {
			row.put("unit", unit);
		}
		return row;
	}

	private Map<String, String> errors(String problem) throws Exception {
		return json.readTree(problem).get("errors").valueStream()
				.collect(Collectors.toMap(e -> e.get("field").asText(), e -> e.get("message").asText()));
	}

	private List<PeriodResult> saved(Relationship relationship) {
		return results.resultsFor(measures.measuresOf(relationship.getId()), period);
	}

	private List<String> waitingAt(ProcessInstance instance) {
		return taskService.createTaskQuery().processInstanceId(instance.getId()).list().stream()
				.map(t -> t.getTaskDefinitionKey()).toList();
	}

	private Relationship measured() {
		Relationship relationship = fixtures.measuredRelationship(period, 1, 1, 0);
		made(relationship);
		return relationship;
	}
}
