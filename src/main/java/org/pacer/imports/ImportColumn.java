package org.pacer.imports;

/** A column of an import file, as the import page explains it and the header is checked against. */
record ImportColumn(String name, boolean required, String meaning, String example) {

	static ImportColumn required(String name, String meaning, String example) {
		return new ImportColumn(name, true, meaning, example);
	}

	static ImportColumn optional(String name, String meaning, String example) {
		return new ImportColumn(name, false, meaning, example);
	}
}
