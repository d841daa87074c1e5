package org.pacer.portal;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page of a portal list as its pager shows it (the fragment {@code fragments/inbox :: pager}): its items, how many
 * match in all (from the database's count query), and the addresses of the pages before and after.
 */
public record ListPage<T>(List<T> items, long total, int page, int size, String previous, String next) {

	public static <T> ListPage<T> of(Page<T> page, IntFunction<String> link) {
		int number = page.getNumber();
		return new ListPage<>(page.getContent(), page.getTotalElements(), number, page.getSize(),
				number > 0 ? link.apply(Math.min(number, page.getTotalPages()) - 1) : null,
				page.hasNext() ? link.apply(number + 1) : null);
	}

	public long first() {
		return total == 0 || items.isEmpty() ? 0 : (long) page * size + 1;
	}

	public long last() {
		return items.isEmpty() ? 0 : (long) page * size + items.size();
	}

	/**
	 * The address of a list with its parameters, those given only (a blank one, or a page 0, is the default and left
	 * out of the address), in their order, encoded.
	 */
	static String address(String path, Map<String, Object> parameters) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		parameters.forEach((name, value) -> {
			if (value instanceof Integer number ? number > 0 : value != null && !value.toString().isBlank()) {
				uri.queryParam(name, value);
			}
		});
		return uri.encode().build().toUriString();
	}

	/** The page number as typed in the address bar: 0 for anything that is not one, a huge one clamped. */
	static int asked(String text) {
		String digits = text == null ? "" : text.strip();
		if (!digits.matches("\\d+")) {
			return 0;
		}
		// beyond any list: the database answers an empty page, and the pager leads back
		return digits.length() > 6 ? 999_999 : Integer.parseInt(digits);
	}
}
