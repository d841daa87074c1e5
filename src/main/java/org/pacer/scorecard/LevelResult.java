package org.pacer.scorecard;

/** The status of one maturity level and the ratings of its measures. */
record LevelResult(int rank, String name, LevelStatus status, RagCounts ratings) {
}
