package org.pacer.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;

/**
 * One kind of import: its columns, who may run it, and how a row is saved, through the same service the portal's form
 * calls, so a row is refused for exactly the reasons the form would refuse it.
 */
interface RowImporter {

	ImportKind kind();

	/** The page's heading for this kind, e.g. "Providers". */
	String title();

	/** One sentence on what a row is. */
	String summary();

	List<ImportColumn> columns();

	boolean mayImport(CurrentUser me);

	/** Prepares one run: what it looks up once per file, not once per row. */
	RowWriter open(ImportContext context);

	/** What must differ between two rows of one file (null: nothing), and the column to say it on. */
	default String keyOf(ImportRow row) {
		return null;
	}

	default String keyColumn() {
		return null;
	}

	/** Saves one row; refuses it with a ValidationException whose fields are the file's column names. */
	@FunctionalInterface
	interface RowWriter {

		void write(ImportRow row);
	}

	/** Who runs the import and, for a relationship's history, which one. */
	record ImportContext(String actor, Long relationshipId) {
	}

	/** A service's refusal with its field names put in the file's column names (unknown fields kept as they are). */
	static ValidationException inColumns(ValidationException refusal, Map<String, String> columnOfField) {
		Map<String, String> errors = new LinkedHashMap<>();
		refusal.fieldErrors().forEach((field, message) -> errors.merge(columnOfField.getOrDefault(field, field),
				message, (a, b) -> a + "; " + b));
		return new ValidationException(errors);
	}
}
