package org.pacer.api;

import java.util.List;

import org.pacer.common.Errors;

/** One page of a list: its items, where it is, and how many items and pages there are in all. */
public record PageOf<T>(List<T> items, int page, int size, long total, int pages) {

	public static final int MAX_SIZE = 200;

	/** The page of the list; pages count from 0. A page past the end is empty, not an error. */
	public static <T> PageOf<T> of(List<T> all, int page, int size) {
		new Errors().rejectIf(page < 0, "page", "Pages count from 0")
				.rejectIf(size < 1 || size > MAX_SIZE, "size", "A page has 1 to " + MAX_SIZE + " items")
				.throwIfAny();
		int from = (int) Math.min((long) page * size, all.size());
		int to = Math.min(from + size, all.size());
		return new PageOf<>(all.subList(from, to), page, size, all.size(), (all.size() + size - 1) / size);
	}
}
