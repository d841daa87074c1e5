package org.pacer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.pacer.measure.MeasureService;
import org.pacer.relationship.Relationship;
import org.pacer.result.ResultService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Which limit answers when a caller breaks both: the body's size is told first, the rate after. */
class ApiLimitsOrderTests extends ApiTest {

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private MeasureService measures;

	@Autowired
	private ResultService results;

	@Test
	void aBodyTooLargeAnswers413AlsoWhenTheCallerIsRateLimited() throws Exception {
		// given: a token that has used up its requests
		Relationship relationship = made(fixtures.measuredRelationship(period, 1, 1, 0));
		String token = ApiCalls.tokenFor(tokens, relationship);
		String big = "{\"rows\":[" + "{\"period\":\"2026-01-01\",\"measureId\":1,\"value\":1},".repeat(30_000) + "]}";
		assertThat(big.length()).isGreaterThan(1_200_000);
		int calls = 0;
		while (mvc.perform(ApiCalls.bearer(get("/api/v1/relationships/" + relationship.getId()), token)).andReturn()
				.getResponse().getStatus() != 429) {
			assertThat(++calls).as("calls before the limit").isLessThan(500);
		}

		// when / then
		long limited = System.nanoTime();
		mvc.perform(ApiCalls.bearer(post("/api/v1/relationships/" + relationship.getId() + "/results"), token)
				.contentType(MediaType.APPLICATION_JSON).content(big))
				.andExpect(status().isPayloadTooLarge())
				.andExpect(jsonPath("$.status").value(413));
		// the bucket regains a request every half second (120 a minute) while the body is refused, so the limit answers
		// again after at most the requests regained meanwhile, not necessarily on the first call
		long regained = Duration.ofNanos(System.nanoTime() - limited).toMillis() / 500 + 1;
		int again = 0;
		while (mvc.perform(ApiCalls.bearer(get("/api/v1/relationships/" + relationship.getId()), token)).andReturn()
				.getResponse().getStatus() != 429) {
			assertThat(++again).as("calls before the limit answers again").isLessThanOrEqualTo((int) regained);
		}
		assertThat(results.resultsFor(measures.measuresOf(relationship.getId()), period)).isEmpty();
	}
}
