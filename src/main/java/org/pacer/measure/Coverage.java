package org.pacer.measure;

import java.util.List;
import java.util.stream.Collectors;

import org.pacer.catalogue.PersistentNeed;

/** Which persistent needs at or below the expected level still lack a measure. */
record Coverage(int expectedLevel, List<PersistentNeed> required, List<PersistentNeed> missing) {

	public boolean complete() {
		return missing.isEmpty();
	}

	public String missingNames() {
		return missing.stream().map(PersistentNeed::getName).collect(Collectors.joining(", "));
	}
}
