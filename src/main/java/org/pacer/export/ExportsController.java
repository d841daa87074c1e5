package org.pacer.export;

import java.time.LocalDate;

import org.pacer.relationship.RelationshipAccess;
import org.pacer.review.PerformanceReview;
import org.pacer.review.ReviewService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The download links of the relationship page: the same files the API serves, with the portal's sign-in. */
@Controller
class ExportsController {

	private final RelationshipAccess access;

	private final Exports exports;

	private final ReviewReport report;

	private final ReviewService reviews;

	public ExportsController(RelationshipAccess access, Exports exports, ReviewReport report, ReviewService reviews) {
		this.access = access;
		this.exports = exports;
		this.report = report;
		this.reviews = reviews;
	}

	@GetMapping("/relationships/{id}/results.csv")
	public ResponseEntity<byte[]> results(@PathVariable long id, @RequestParam(required = false) LocalDate period) {
		return exports.resultsFile(access.relationship(id), period);
	}

	@GetMapping("/relationships/{id}/scorecards.csv")
	public ResponseEntity<byte[]> scorecards(@PathVariable long id, @RequestParam(required = false) LocalDate period) {
		return exports.scorecardsFile(access.relationship(id), period);
	}

	@GetMapping("/reviews/{id}/report.pdf")
	public ResponseEntity<byte[]> review(@PathVariable long id) {
		PerformanceReview review = access.document("Review", id, () -> reviews.get(id),
				PerformanceReview::getRelationshipId);
		return report.file(access.relationship(review.getRelationshipId()), review);
	}
}
