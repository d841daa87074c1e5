package org.pacer.result;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a period still takes results. The review decides (its scorecard is computed once the results are in or
 * their wait is over); the result module asks without depending on it.
 */
public interface ClosedPeriods {

	/** Why the period takes no more results, or empty while it does. */
	Optional<String> whyClosed(long relationshipId, LocalDate periodStart);
}
