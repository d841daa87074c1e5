package org.pacer.api;

import java.util.List;

import org.pacer.common.Errors;
import org.pacer.common.UserInput;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** One page of a list: its items, where it is, and how many items and pages there are in all. */
record PageOf<T>(List<T> items, int page, int size, long total, int pages) {

	public static final int MAX_SIZE = 200;

	/**
	 * The page of the list; pages count from 0. A page past the end is empty, not an error; a page size beyond the
	 * largest is the largest. Huge numbers clamp, so nothing overflows.
	 */
	public static <T> PageOf<T> of(List<T> all, long page, long size) {
		PageRequest asked = request(page, size);
		int per = asked.getPageSize();
		int from = (int) Math.min((long) asked.getPageNumber() * per, all.size());
		int to = Math.min(from + per, all.size());
		return new PageOf<>(all.subList(from, to), asked.getPageNumber(), per, all.size(), (all.size() + per - 1) / per);
	}

	/** The page asked for, checked and clamped as above, for a query that pages in the database. */
	public static PageRequest request(long page, long size) {
		new Errors().rejectIf(page < 0, "page", "Pages count from 0")
				.rejectIf(size < 1, "size", "A page has 1 to " + MAX_SIZE + " items")
				.throwIfAny();
		return PageRequest.of(UserInput.clamp(page, 0, Integer.MAX_VALUE / MAX_SIZE), UserInput.clamp(size, 1, MAX_SIZE));
	}

	/** A page the database made (items, and the total from its count query). */
	public static <T> PageOf<T> of(Page<T> page) {
		return new PageOf<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}
}
