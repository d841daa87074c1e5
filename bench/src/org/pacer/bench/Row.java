package org.pacer.bench;

/**
 * One line of the benchmark's table. {@code mid} and {@code high} are p50 and p95 for latencies, the median and the
 * max of the starts for case 5, the total twice for a case timed once as a whole; {@code ratio} is Pacer over the
 * baseline as the case defines it. The baseline and the ratio are null where a case has no baseline, {@code bytes}
 * where an answer has no size.
 */
record Row(String name, String size, String unit, double mid, double high, Double baseMid, Double baseHigh,
		Double ratio, Integer bytes) {
}
