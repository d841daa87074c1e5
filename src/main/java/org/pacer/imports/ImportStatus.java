package org.pacer.imports;

/**
 * Where a run stands: its file is checked row by row through the domain's own services (and everything rolled back),
 * then, when no row was refused and the person confirms, the same rows are saved in one transaction.
 */
enum ImportStatus {
	CHECKING,
	CHECKED,
	SAVING,
	SAVED,
	FAILED;

	public boolean working() {
		return this == CHECKING || this == SAVING;
	}
}
