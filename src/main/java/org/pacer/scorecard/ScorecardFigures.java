package org.pacer.scorecard;

import java.math.BigDecimal;

/** A scorecard's headline figures, read without its lines, perspectives and levels. */
public record ScorecardFigures(Long relationshipId, BigDecimal overallScore, RagCounts ratings) {
}
