package org.pacer.scorecard;

import java.math.BigDecimal;

/** Turns an attainment into a rating; an interface so the calculator stays free of the DMN engine. */
@FunctionalInterface
interface RatingTable {

	/** @param attainment attainment in %, never null (missing results are NO_DATA before the table is asked) */
	Rating rate(BigDecimal attainment);
}
