package org.pacer.review;

import java.time.LocalDate;
import java.util.Optional;

import org.pacer.result.ClosedPeriods;
import org.springframework.stereotype.Component;

/**
 * A period whose review has computed its scorecard takes no more results: a late value would change the results
 * under a scorecard already reviewed or published, and nobody would see it.
 */
@Component
class ScoredPeriodsAreClosed implements ClosedPeriods {

	private final PerformanceReviewRepository reviews;

	ScoredPeriodsAreClosed(PerformanceReviewRepository reviews) {
		this.reviews = reviews;
	}

	@Override
	public Optional<String> whyClosed(long relationshipId, LocalDate periodStart) {
		return reviews.findByRelationshipIdAndPeriodStart(relationshipId, periodStart)
				.filter(review -> review.getStatus() != ReviewStatus.AWAITING_RESULTS)
				.map(review -> switch (review.getStatus()) {
					case PUBLISHED -> "The review of this period is published";
					case ENDED -> "The review of this period ended with the relationship";
					default -> "The scorecard of this period is computed and under review";
				} + ": its results no longer change. Ask the relationship's manager.");
	}
}
