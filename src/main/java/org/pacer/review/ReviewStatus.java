package org.pacer.review;

public enum ReviewStatus {
	/** Waiting for the provider's results. */
	AWAITING_RESULTS,
	/** Scorecard computed; the manager reviews it. */
	IN_REVIEW,
	/** Assessed; the provider acknowledges it. */
	AWAITING_ACKNOWLEDGEMENT,
	PUBLISHED,
	/** The relationship ended before the review was published. */
	ENDED
}
