package org.pacer.result;

import java.math.BigDecimal;

/** One row of a submission: a measure and its value for the period. */
public record ResultEntry(Long measureId, BigDecimal value, String comment) {
}
