package org.pacer.measure;

/** Whether a bigger result is better (availability) or a smaller one (resolution time, cost). */
public enum Direction {
	HIGHER_IS_BETTER,
	LOWER_IS_BETTER
}
