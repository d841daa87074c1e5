package org.pacer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pacer.api.ApiCalls.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pacer.CycleFixtures;
import org.pacer.export.Exports;
import org.pacer.improvement.ActionDraft;
import org.pacer.improvement.ImprovementService;
import org.pacer.improvement.OwnerSide;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.relationship.Relationship;
import org.pacer.result.PeriodResult;
import org.pacer.result.ResultEntry;
import org.pacer.result.ResultService;
import org.pacer.result.ResultSource;
import org.pacer.result.ResultsCsv;
import org.pacer.review.PerformanceReview;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Exports people can share: results as CSV that uploads again unchanged, scorecards as CSV, and a review as a PDF
 * that opens and holds the scorecard's figures; from the relationship page and from the API alike.
 */
class ExportsTests extends ApiTest {

	@Autowired
	private MeasureService measures;

	@Autowired
	private ResultService results;

	@Autowired
	private ImprovementService improvements;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private TaskService taskService;

	private Relationship relationship;

	@BeforeEach
	void setUp() {
		relationship = made(fixtures.measuredRelationship(period, 1, 1, 0));
	}

	@Test
	void aPeriodsResultsExportedAndUploadedAgainChangeNothing() throws Exception {
		// given: three of four results in, one comment with a comma and quotes; the results task waits for the fourth
		List<SuccessMeasure> own = measures.measuresOf(relationship.getId());
		results.submit(relationship.getId(), period, List.of(
				new ResultEntry(own.get(0).getId(), new BigDecimal("99.25"), "Outage on the 3rd, \"planned\""),
				new ResultEntry(own.get(1).getId(), new BigDecimal("4"), null),
				new ResultEntry(own.get(2).getId(), new BigDecimal("100.000"), "All fine")), ResultSource.FORM, "fixture");
		Map<Long, String> before = stored();
		String taskId = taskService.createTaskQuery()
				.processInstanceId(fixtures.startReview(relationship, period).getId())
				.taskDefinitionKey("Task_SubmitPeriodResults").singleResult().getId();

		// when: the file of the period is downloaded and uploaded again as it is
		byte[] exported = mvc.perform(asUser(get("/relationships/" + relationship.getId() + "/results.csv")
				.param("period", period.toString()), CycleFixtures.MANAGER))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("text/csv"))
				.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
						org.hamcrest.Matchers.containsString("-results-" + period + ".csv")))
				.andReturn().getResponse().getContentAsByteArray();
		String provider = fixtures.providerUser(relationship);
		String preview = upload(taskId, exported, null, provider);
		upload(taskId, exported, checksum(preview), provider);

		// then: the file has the upload's columns, every row was understood, and the values are as they were
		String text = new String(exported, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF" + String.join(",", ResultsCsv.COLUMNS) + "\r\n")
				.contains("\"Outage on the 3rd, \"\"planned\"\"\"");
		assertThat(preview).contains("3 rows", "Save these 3 results");
		ResultsCsv.Upload check = ResultsCsv.check(exported, period, own);
		assertThat(check.saveable()).isTrue();
		assertThat(stored()).isEqualTo(before);
		assertThat(results.resultsFor(own, period)).extracting(PeriodResult::getSource).containsOnly(ResultSource.CSV);
	}

	@Test
	void scorecardsExportEachFigureWithItsExplanation() throws Exception {
		// given
		fixtures.publishedReview(relationship, period, 95);

		// when
		String csv = mvc.perform(asUser(get("/relationships/" + relationship.getId() + "/scorecards.csv"),
				CycleFixtures.MANAGER)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);

		// then
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(",", Exports.SCORECARD_COLUMNS));
		assertThat(lines).hasSize(5);
		assertThat(lines.get(1)).startsWith(period + ",").contains(",95,100,90,CONTRACT,1,50,AMBER,")
				.contains("attainment 50.00 % -> AMBER").endsWith(",50,AMBER");
	}

	@Test
	void theReviewReportOpensAndHoldsTheScorecardFigures() throws Exception {
		// given: two reviewed periods (for the trends), the second RED, with a plan of one action
		fixtures.publishedReview(relationship, period, 97);
		PerformanceReview review = fixtures.publishedReview(relationship, period.plusMonths(1), 80);
		var plan = improvements.open(review.getId(), relationship.getId());
		improvements.addAction(plan.getId(), new ActionDraft("Add a second data centre link", OwnerSide.PROVIDER,
				fixtures.providerUser(relationship), clock.today().plusDays(30), null), CycleFixtures.MANAGER);

		// when
		byte[] pdf = mvc.perform(asUser(get("/reviews/" + review.getId() + "/report.pdf"), CycleFixtures.MANAGER))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF))
				.andReturn().getResponse().getContentAsByteArray();

		// then (the report is kept under target/exports/ for people to look at)
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/exports"));
		java.nio.file.Files.write(java.nio.file.Path.of("target/exports/review-report.pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(document.getDocumentInformation().getTitle()).contains(relationship.getName());
			assertThat(text).contains("Performance review " + relationship.periodLabel(period.plusMonths(1)),
					"Overall score 0 % - standing RED - 0 green, 0 amber, 4 red", "Assessment of " + period.plusMonths(1),
					"Improvement needed: yes", "Improvement plan", "Add a second data centre link", "Trends",
					"Overall score (%)");
			for (SuccessMeasure m : measures.measuresOf(relationship.getId())) {
				assertThat(text).contains(m.getName());
			}
			assertThat(text).containsPattern("80\\s+100\\s+90\\s+-100 %\\s+RED");
		}
	}

	@Test
	void theRelationshipPageLinksToTheDownloadsWhichOtherProvidersCannotReach() throws Exception {
		// given
		PerformanceReview review = fixtures.publishedReview(relationship, period, 99);
		Relationship other = fixtures.relationship(period);
		made(other);

		// when
		String page = mvc.perform(asUser(get("/relationships/" + relationship.getId()), CycleFixtures.MANAGER))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		// then
		assertThat(page).contains("href=\"/relationships/" + relationship.getId() + "/results.csv\"",
				"href=\"/relationships/" + relationship.getId() + "/scorecards.csv\"",
				"href=\"/reviews/" + review.getId() + "/report.pdf\"",
				"href=\"/relationships/" + relationship.getId() + "/results.csv?period=" + period + "\"");
		String stranger = fixtures.providerUser(other);
		mvc.perform(asUser(get("/relationships/" + relationship.getId() + "/results.csv"), stranger))
				.andExpect(status().isNotFound());
		mvc.perform(asUser(get("/reviews/" + review.getId() + "/report.pdf"), stranger))
				.andExpect(status().isNotFound());
		mvc.perform(asUser(get("/relationships/" + relationship.getId() + "/results.csv"),
				fixtures.providerUser(relationship))).andExpect(status().isOk());
	}

	@Test
	void theApiServesTheSameFilesToAToken() throws Exception {
		// given
		PerformanceReview review = fixtures.publishedReview(relationship, period, 100);
		String token = ApiCalls.tokenFor(tokens, relationship);

		// then
		String csv = mvc.perform(bearer(get("/api/v1/relationships/" + relationship.getId() + "/results.csv"), token))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(5);
		byte[] pdf = mvc.perform(bearer(get("/api/v1/reviews/" + review.getId() + "/report.pdf"), token))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Overall score 100 % - standing GREEN");
		}
	}

	private Map<Long, String> stored() {
		return results.resultsFor(measures.measuresOf(relationship.getId()), period).stream()
				.collect(Collectors.toMap(PeriodResult::getMeasureId,
						r -> r.getValue().stripTrailingZeros().toPlainString() + "|" + r.getComment()));
	}

	private String upload(String taskId, byte[] file, String confirm, String user) throws Exception {
		var request = multipart("/tasks/" + taskId + "/results/csv")
				.file(new MockMultipartFile("file", "results.csv", "text/csv", file));
		return mvc.perform(asUser(confirm == null ? request : request.param("confirm", confirm), user))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String checksum(String preview) {
		Matcher matcher = Pattern.compile("name=\"confirm\" value=\"([0-9a-f]{64})\"").matcher(preview);
		assertThat(matcher.find()).as("the preview offers to save the file").isTrue();
		return matcher.group(1);
	}

	private MockHttpServletRequestBuilder asUser(MockHttpServletRequestBuilder request, String user) {
		return request.with(authentication(fixtures.signedIn(user))).with(csrf());
	}
}
