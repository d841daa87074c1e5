package org.pacer.scorecard;

/** Gives the rating table in force now; a scorecard asks once and rates all its lines with it. */
interface RatingTables {

	RatingTable current();
}
