package org.pacer.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.pacer.relationship.RelationshipAccess;
import org.pacer.api.ApiViews.ResultView;
import org.pacer.export.Exports;
import org.pacer.identity.Actors;
import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.result.PeriodResult;
import org.pacer.result.ResultService;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController
@RequestMapping("/api/v1/relationships/{id}")
@Tag(name = "Results", description = "Period results: pushed in bulk by provider systems, read back, exported as CSV")
class ResultsApi {

	private final RelationshipAccess access;

	private final ResultPush push;

	private final ResultService results;

	private final MeasureService measures;

	private final Exports exports;

	public ResultsApi(RelationshipAccess access, ResultPush push, ResultService results, MeasureService measures,
			Exports exports) {
		this.access = access;
		this.push = push;
		this.results = results;
		this.measures = measures;
		this.exports = exports;
	}

	@PostMapping("/results")
	@Operation(summary = "Push results in bulk",
			description = """
					Any number of measures and periods of the relationship in one call. Idempotent per measure and \
					period: sending a value again replaces it, and the replacement is audited as in the portal. Every \
					row is checked first; if any row is refused (unknown measure, period outside the relationship or \
					not started, value not a number, unit mismatch, the same measure and period twice, unknown field) \
					nothing is saved and the answer is 400 naming each field. When the last result of an open period \
					arrives, the waiting "Submit period results" task completes and the review computes its scorecard.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			examples = @ExampleObject(name = "a month and a correction", value = ApiExamples.PUSH)))
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, description = "Every row saved: accepted (new) or replaced",
			content = @Content(examples = @ExampleObject(value = ApiExamples.PUSHED)))
	@ApiResponse(responseCode = "400", description = "Refused whole; nothing saved",
			content = @Content(mediaType = "application/problem+json",
					examples = @ExampleObject(value = ApiExamples.PUSH_REFUSED)))
	public ResultPush.Report push(@PathVariable long id, @RequestBody ResultRows rows) {
		access.relationship(id);
		return push.push(id, rows, Actors.current());
	}

	@GetMapping("/results")
	@Operation(summary = "The relationship's results", description = "By period, then measure name.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(examples = @ExampleObject(value = ApiExamples.RESULTS)))
	public PageOf<ResultView> list(@PathVariable long id,
			@Parameter(description = "Only this period (its first day)", example = "2026-10-01") @RequestParam(required = false) LocalDate period,
			@Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") long page,
			@Parameter(description = "Items per page, 1 to 200") @RequestParam(defaultValue = "50") long size) {
		access.relationship(id);
		Page<PeriodResult> found = results.page(id, period, PageOf.request(page, size));
		// a relationship has tens of measures, its results thousands: the measures are read whole
		Map<Long, SuccessMeasure> byId = measures.measuresOf(id).stream()
				.collect(Collectors.toMap(SuccessMeasure::getId, Function.identity()));
		return PageOf.of(found.map(r -> ResultView.of(r, byId.get(r.getMeasureId()))));
	}

	@GetMapping(value = "/results.csv", produces = "text/csv")
	@Operation(summary = "The relationship's results as CSV",
			description = "The columns the CSV upload takes: a period's file can be edited and uploaded again.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(mediaType = "text/csv",
			examples = @ExampleObject(value = ApiExamples.RESULTS_CSV)))
	public ResponseEntity<byte[]> resultsCsv(@PathVariable long id,
			@Parameter(description = "Only this period (its first day)", example = "2026-10-01") @RequestParam(required = false) LocalDate period) {
		return exports.resultsFile(access.relationship(id), period);
	}

	@GetMapping(value = "/scorecards.csv", produces = "text/csv")
	@Operation(summary = "The relationship's scorecards as CSV", description = "One row per figure, with its explanation.")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true, content = @Content(mediaType = "text/csv",
			examples = @ExampleObject(value = ApiExamples.SCORECARDS_CSV)))
	public ResponseEntity<byte[]> scorecardsCsv(@PathVariable long id,
			@Parameter(description = "Only this period (its first day)", example = "2026-10-01") @RequestParam(required = false) LocalDate period) {
		return exports.scorecardsFile(access.relationship(id), period);
	}
}
