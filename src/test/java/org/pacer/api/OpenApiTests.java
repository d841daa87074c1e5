package org.pacer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.ProcessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI document and Swagger UI: for signed-in users, the /api/v1 operations only, each with examples. */
@ProcessTest
@AutoConfigureMockMvc
class OpenApiTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleFixtures fixtures;

	@Autowired
	private ObjectMapper json;

	@Test
	void theDocumentListsEveryOperationEachWithAnExampleOfItsAnswerAndItsProblems() throws Exception {
		// given
		fixtures.ensureUser(CycleFixtures.MANAGER);

		// when
		JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs")
				.with(authentication(fixtures.signedIn(CycleFixtures.MANAGER))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		// then
		List<String> operations = new ArrayList<>();
		List<String> withoutExamples = new ArrayList<>();
		api.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
			operations.add(op.getKey().toUpperCase() + " " + path.getKey());
			JsonNode responses = op.getValue().get("responses");
			// an operation that creates answers 201 instead of 200
			String success = responses.has("201") ? "201" : "200";
			for (String code : List.of(success, "401", "404")) {
				JsonNode content = responses.path(code).path("content");
				boolean example = content.findValue("examples") != null || content.findValue("example") != null;
				// the answer's schema stays beside its example
				boolean schema = !code.equals(success) || content.findValue("schema") != null;
				if (!example || !schema) {
					withoutExamples.add(op.getKey() + " " + path.getKey() + " " + code);
				}
			}
		}));
		assertThat(operations).containsExactlyInAnyOrder("GET /api/v1/relationships", "GET /api/v1/relationships/{id}",
				"GET /api/v1/relationships/{id}/measures", "POST /api/v1/relationships/{id}/results",
				"GET /api/v1/relationships/{id}/results", "GET /api/v1/relationships/{id}/results.csv",
				"GET /api/v1/relationships/{id}/scorecards.csv", "GET /api/v1/scorecards", "GET /api/v1/scorecards/{id}",
				"GET /api/v1/reviews", "GET /api/v1/reviews/{id}", "GET /api/v1/reviews/{id}/report.pdf",
				"GET /api/v1/improvement-plans", "GET /api/v1/improvement-plans/{id}", "GET /api/v1/sourcing-decisions",
				"GET /api/v1/sourcing-decisions/{id}", "GET /api/v1/providers", "GET /api/v1/providers/{id}",
				"POST /api/v1/providers", "PUT /api/v1/providers/{id}", "POST /api/v1/providers/{id}/archive",
				"GET /api/v1/catalogue", "POST /api/v1/catalogue/levels", "PUT /api/v1/catalogue/levels/{id}",
				"POST /api/v1/catalogue/needs", "PUT /api/v1/catalogue/needs/{id}",
				"POST /api/v1/catalogue/needs/{id}/retire", "PUT /api/v1/catalogue/maturity-levels/{level}",
				"GET /api/v1/people", "POST /api/v1/people", "GET /api/v1/people/{userId}", "GET /api/v1/library", "POST /api/v1/library/sets",
				"PUT /api/v1/library/sets/{id}", "POST /api/v1/library/sets/{id}/templates",
				"PUT /api/v1/library/templates/{id}", "POST /api/v1/relationships",
				"PUT /api/v1/relationships/{id}/manager", "POST /api/v1/relationships/{id}/end");
		assertThat(withoutExamples).isEmpty();
		JsonNode push = api.at("/paths/~1api~1v1~1relationships~1{id}~1results/post");
		assertThat(push.at("/requestBody/content").findValue("examples")).isNotNull();
		assertThat(push.at("/responses/413")).isNotNull();
		assertThat(api.at("/paths/~1api~1v1~1providers/post/parameters").findValuesAsText("name"))
				.contains("Idempotency-Key");
		assertThat(api.at("/paths/~1api~1v1~1providers/post/responses/422").isMissingNode()).isFalse();
		assertThat(api.at("/paths/~1api~1v1~1people/post/responses").fieldNames()).toIterable().contains("201")
				.doesNotContain("200");
		assertThat(api.at("/components/securitySchemes").fieldNames()).toIterable().containsExactlyInAnyOrder("token",
				"login");
	}

	@Test
	void theDocumentAndSwaggerUiAreForSignedInUsers() throws Exception {
		// a browser is sent to the login page, a script is told 401
		mvc.perform(get("/swagger-ui/index.html").accept(MediaType.TEXT_HTML))
				.andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
		mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
		fixtures.ensureUser(CycleFixtures.MANAGER);
		String ui = mvc.perform(get("/swagger-ui/index.html")
				.with(authentication(fixtures.signedIn(CycleFixtures.MANAGER))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(ui).contains("swagger-ui");
	}
}
