package org.pacer.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of /api/v1 (served at /v3/api-docs, Swagger UI at /swagger-ui/index.html, both for signed-in
 * users): the two ways to sign in, and the problem answers every operation can give, with examples.
 */
@Configuration
class OpenApiConfig {

	private static final String PROBLEM = "application/problem+json";

	@Bean
	OpenAPI pacerApi() {
		return new OpenAPI()
				.info(new Info().title("Pacer API").version("v1").description("""
						Provider systems push period results; other systems read relationships, measures, scorecards, \
						reviews, improvement plans and sourcing decisions. Sign in with an API token made in the portal \
						(API tokens page) as `Authorization: Bearer <token>`, or with a portal login by HTTP Basic. A \
						provider's token sees only its own provider's data: other ids answer 404. Errors are RFC 7807 \
						problem details naming each invalid field. Limits: request bodies up to 1 MB (413), and a \
						request rate per token or user (429 with Retry-After)."""))
				.components(new Components()
						.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
								.description("An API token, made by an admin or the provider's lead in the portal"))
						.addSecuritySchemes("login", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
								.description("A portal user name and password")))
				.addSecurityItem(new SecurityRequirement().addList("token"))
				.addSecurityItem(new SecurityRequirement().addList("login"));
	}

	/** Adds the problem answers to every operation, each with an example, unless the operation gives its own. */
	@Bean
	OpenApiCustomizer problemAnswers() {
		return api -> api.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
			var responses = operation.getResponses();
			Map<String, String[]> problems = new LinkedHashMap<>();
			problems.put("400", new String[] { "Bad input, each field named; nothing was saved", ApiExamples.PROBLEM_400 });
			problems.put("401", new String[] { "No, an unknown, expired or revoked token, or a wrong password", """
					{"type":"about:blank","title":"Unauthorized","status":401,"detail":"The API token is unknown, expired or revoked. Ask your provider's lead for a new one.","instance":"/api/v1/relationships"}""" });
			problems.put("404", new String[] { "No such id, or one of another provider", ApiExamples.PROBLEM_404 });
			problems.put("429", new String[] { "Too many requests; see Retry-After", """
					{"type":"about:blank","title":"Too Many Requests","status":429,"detail":"Too many requests: this caller may make 120 a minute. Try again in 1 s.","instance":"/api/v1/scorecards"}""" });
			if (method == PathItem.HttpMethod.POST) {
				problems.put("413", new String[] { "Request body too large", """
						{"type":"about:blank","title":"Payload Too Large","status":413,"detail":"The request body is larger than 1048576 bytes. Send the rows in several requests.","instance":"/api/v1/relationships/3/results"}""" });
				problems.put("409", new String[] { "The first request with this Idempotency-Key is still running", """
						{"type":"about:blank","title":"Conflict","status":409,"detail":"The first request with this Idempotency-Key is still running. Try again in a second.","instance":"/api/v1/providers"}""" });
				problems.put("422", new String[] { "This Idempotency-Key came with another request", """
						{"type":"about:blank","title":"Unprocessable Entity","status":422,"detail":"This Idempotency-Key was sent with another request. Use a new key for a new request.","instance":"/api/v1/providers"}""" });
				operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
						.example("5f0c1e52-8d3a-4a59-9a36-0c6a0f2f61f4").schema(new StringSchema().maxLength(255))
						.description("Your unique key for this request (a UUID). Sent again with the same request "
								+ "within 24 hours, it answers the first answer again (header Idempotent-Replayed: "
								+ "true) and does nothing twice."));
			}
			problems.forEach((code, answer) -> {
				if (!responses.containsKey(code)) {
					responses.addApiResponse(code, new ApiResponse().description(answer[0]).content(new Content()
							.addMediaType(PROBLEM, new MediaType().addExamples("problem", new Example().value(answer[1])))));
				}
			});
		}));
	}
}
