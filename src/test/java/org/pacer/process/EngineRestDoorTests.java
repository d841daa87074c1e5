package org.pacer.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.identity.Actors;
import org.pacer.identity.Roles;
import org.pacer.relationship.Relationship;
import org.pacer.review.ReviewService;
import org.pacer.review.ReviewStatus;
import org.pacer.time.PacerClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The task rules over the real /engine-rest door, as a REST client or the Camunda Tasklist would send them: a
 * vendor has no way in, and staff may send only what a task declares.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(CycleFixtures.class)
class EngineRestDoorTests {

	private static final String MANAGER = CycleFixtures.MANAGER;

	@LocalServerPort
	int port;

	@Autowired
	CycleFixtures fixtures;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtimeService;

	@Autowired
	ReviewService reviews;

	@Autowired
	PacerClock clock;

	@Autowired
	ProcessEngine engine;

	@Autowired
	AuthorizationService authorizations;

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<Long> made = new ArrayList<>();

	private LocalDate period;

	@BeforeEach
	void twoMonthsBack() {
		period = clock.today().withDayOfMonth(1).minusMonths(2);
	}

	@AfterEach
	void removeWhatWasMade() {
		fixtures.removeInstancesOf(made);
	}

	@Test
	void aVendorCannotCompleteItsOwnAcknowledgementOverEngineRest() throws Exception {
		// given a review waiting for the vendor
		Relationship relationship = relationship();
		ProcessInstance review = scoredReview(relationship);
		Actors.runAs(MANAGER, () -> taskService.complete(task(review, "Task_ReviewPerformance").getId(),
				Map.of("assessment", "A steady month", "improvementNeeded", false)));
		Task acknowledge = task(review, "Task_AcknowledgeReview");
		String vendor = fixtures.providerUser(relationship);

		// when the vendor disputes it over /engine-rest and names itself the manager
		HttpResponse<String> response = post("/engine-rest/task/" + acknowledge.getId() + "/complete", vendor, """
				{"variables": {"reviewAccepted": {"value": false}, "disputeReason": {"value": "Unfair"},
				               "managerId": {"value": "%s"}}}""".formatted(vendor));

		// then it is refused, and nothing changed
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(get("/engine-rest/task", vendor).body()).doesNotContain(acknowledge.getId());
		assertThat(task(review, "Task_AcknowledgeReview").getId()).isEqualTo(acknowledge.getId());
		assertThat(runtimeService.getVariables(review.getId())).doesNotContainKeys("managerId", "reviewAccepted");
		assertThat(reviews.reviewsOf(relationship.getId())).singleElement()
				.satisfies(r -> assertThat(r.getStatus()).isNotEqualTo(ReviewStatus.PUBLISHED));
	}

	@Test
	void camundasAuthorizationsGiveProviderPeopleNothingAndStaffTheTasklist() {
		// given a task offered to the provider's group and one assigned to its manager
		Relationship relationship = relationship();
		ProcessInstance review = scoredReview(relationship);
		Actors.runAs(MANAGER, () -> taskService.complete(task(review, "Task_ReviewPerformance").getId(),
				Map.of("assessment", "A steady month", "improvementNeeded", false)));
		Task acknowledge = task(review, "Task_AcknowledgeReview");
		String group = relationship.getProvider().getCandidateGroup();
		String vendor = fixtures.providerUser(relationship);

		// then the engine grants the provider's people nothing on it, nor the Tasklist, nor any definition
		assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK).groupIdIn(group).count())
				.isZero();
		assertThat(authorizations.isUserAuthorized(vendor, List.of(group), Permissions.READ, Resources.TASK,
				acknowledge.getId())).isFalse();
		assertThat(authorizations.isUserAuthorized(vendor, List.of(group), Permissions.ACCESS, Resources.APPLICATION,
				"tasklist")).isFalse();
		assertThat(authorizations.isUserAuthorized(vendor, List.of(group), Permissions.READ,
				Resources.PROCESS_DEFINITION, "performance-review")).isFalse();
		assertThat(authorizations.isUserAuthorized(MANAGER, List.of(Roles.MANAGERS), Permissions.ACCESS,
				Resources.APPLICATION, "tasklist")).isTrue();
	}

	@Test
	void aCompletionWithUndeclaredVariablesAnswers400NamingThemAndKeepsTheTask() throws Exception {
		Relationship relationship = relationship();
		ProcessInstance review = scoredReview(relationship);
		Task assess = task(review, "Task_ReviewPerformance");
		Object reviewId = runtimeService.getVariable(review.getId(), "reviewId");

		HttpResponse<String> complete = post("/engine-rest/task/" + assess.getId() + "/complete", MANAGER, """
				{"variables": {"assessment": {"value": "Fine"}, "improvementNeeded": {"value": false},
				               "managerId": {"value": "intruder"}, "reviewId": {"value": 1, "type": "Long"}}}""");
		HttpResponse<String> submit = post("/engine-rest/task/" + assess.getId() + "/submit-form", MANAGER, """
				{"variables": {"assessment": {"value": "Fine"}, "improvementNeeded": {"value": false},
				               "relationshipId": {"value": 1, "type": "Long"}}}""");

		assertThat(complete.statusCode()).as(complete.body()).isEqualTo(400);
		assertThat(complete.body()).contains("managerId", "reviewId").doesNotContain("Exception");
		assertThat(submit.statusCode()).as(submit.body()).isEqualTo(400);
		assertThat(submit.body()).contains("relationshipId");
		assertThat(task(review, "Task_ReviewPerformance").getId()).isEqualTo(assess.getId());
		assertThat(runtimeService.getVariables(review.getId())).containsEntry("reviewId", reviewId)
				.containsEntry("relationshipId", relationship.getId()).doesNotContainKey("managerId");
	}

	@Test
	void variableWritesOnATaskOverEngineRestTakeOnlyItsDeclaredInputs() throws Exception {
		Relationship relationship = relationship();
		ProcessInstance review = scoredReview(relationship);
		String taskPath = "/engine-rest/task/" + task(review, "Task_ReviewPerformance").getId();

		HttpResponse<String> put = send(HttpRequest.newBuilder(uri(taskPath + "/variables/managerId"))
				.PUT(HttpRequest.BodyPublishers.ofString("{\"value\": \"intruder\"}")), MANAGER);
		HttpResponse<String> modify = post(taskPath + "/variables", MANAGER,
				"{\"modifications\": {\"reviewId\": {\"value\": 1, \"type\": \"Long\"}}}");
		HttpResponse<String> delete = send(HttpRequest.newBuilder(uri(taskPath + "/variables/relationshipId")).DELETE(),
				MANAGER);
		// a declared input passes the rule; writing task variables at all is for admins in Camunda's authorizations
		fixtures.ensureUser("fixture-admin", Roles.ADMINS);
		HttpResponse<String> declared = send(HttpRequest.newBuilder(uri(taskPath + "/variables/assessment"))
				.PUT(HttpRequest.BodyPublishers.ofString("{\"value\": \"A draft\"}")), "fixture-admin");

		assertThat(List.of(put.statusCode(), modify.statusCode(), delete.statusCode())).containsOnly(400);
		assertThat(put.body()).contains("managerId");
		assertThat(declared.statusCode()).as(declared.body()).isEqualTo(204);
		assertThat(runtimeService.getVariables(review.getId())).containsEntry("relationshipId", relationship.getId())
				.doesNotContainKey("managerId").containsEntry("assessment", "A draft");
	}

	private Relationship relationship() {
		Relationship relationship = fixtures.measuredRelationship(period.minusMonths(6), 1, 1, 0);
		made.add(relationship.getId());
		return relationship;
	}

	private ProcessInstance scoredReview(Relationship relationship) {
		return fixtures.scoredReview(relationship, period);
	}

	private Task task(ProcessInstance pi, String key) {
		return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
	}

	private HttpResponse<String> get(String path, String user) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).GET(), user);
	}

	private HttpResponse<String> post(String path, String user, String json) throws Exception {
		return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json)), user);
	}

	/** As the user, whose password the fixtures set to the user id. */
	private HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
		String basic = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
		return http.send(request.header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Under the test engine's own name: the tests' engines have unique names, not "default". */
	private URI uri(String path) {
		return URI.create("http://localhost:" + port
				+ path.replace("/engine-rest/", "/engine-rest/engine/" + engine.getName() + "/"));
	}
}
