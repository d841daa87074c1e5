package org.pacer.imports;

/** What a file brings in; each kind has its importer (a {@link RowImporter}). */
enum ImportKind {
	PROVIDERS,
	PEOPLE,
	RELATIONSHIPS,
	HISTORY
}
