package org.pacer.scorecard;

/** A maturity level of the relationship; rank 1 is the first to achieve. */
record LevelInput(int rank, String name) {
}
