package org.pacer.measure;

import java.util.Collection;
import java.util.Set;

/**
 * Records of a feature built on measures that refer to them (results, scorecard lines). Such a measure or version is
 * history and stays. The features' repositories implement it, each with one query for any number of ids, because
 * they depend on this feature, not the other way round. Asked with non-empty ids only.
 */
public interface MeasureReferences {

	/** Of the given measures, those this feature keeps records of. */
	default Set<Long> referencedMeasures(Collection<Long> measureIds) {
		return Set.of();
	}

	/** Of the given measure versions, those this feature's records were computed with. */
	default Set<Long> referencedVersions(Collection<Long> versionIds) {
		return Set.of();
	}
}
