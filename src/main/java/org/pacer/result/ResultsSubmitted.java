package org.pacer.result;

import java.time.LocalDate;

/** Published after results of a period were saved, so the waiting review can move on by itself. */
public record ResultsSubmitted(long relationshipId, LocalDate periodStart, ResultSource source, String actor) {
}
