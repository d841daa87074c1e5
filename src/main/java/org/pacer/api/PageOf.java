package org.pacer.api;

import java.util.List;

import org.pacer.common.Errors;
import org.pacer.common.UserInput;

/** One page of a list: its items, where it is, and how many items and pages there are in all. */
record PageOf<T>(List<T> items, int page, int size, long total, int pages) {

	public static final int MAX_SIZE = 200;

	/**
	 * The page of the list; pages count from 0. A page past the end is empty, not an error; a page size beyond the
	 * largest is the largest. Huge numbers clamp, so nothing overflows.
	 */
	public static <T> PageOf<T> of(List<T> all, long page, long size) {
		new Errors().rejectIf(page < 0, "page", "Pages count from 0")
				.rejectIf(size < 1, "size", "A page has 1 to " + MAX_SIZE + " items")
				.throwIfAny();
		int at = UserInput.clamp(page, 0, Integer.MAX_VALUE);
		int per = UserInput.clamp(size, 1, MAX_SIZE);
		int from = (int) Math.min((long) at * per, all.size());
		int to = Math.min(from + per, all.size());
		return new PageOf<>(all.subList(from, to), at, per, all.size(), (all.size() + per - 1) / per);
	}
}
