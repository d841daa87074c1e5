package org.pacer.imports;

import java.util.Map;

/**
 * A row of an import file: its line, its cells by column name (blank cells are absent), and what is wrong with the
 * row's shape (more fields than the header), which the check reports instead of guessing which column moved.
 */
record ImportRow(int line, Map<String, String> cells, String shapeProblem) {

	public String get(String column) {
		return cells.get(column);
	}
}
