package org.pacer.catalogue;

import java.util.Collection;
import java.util.Set;

/**
 * Records of a feature built on the catalogue that refer to its entries (measures defined for a need, scorecards
 * standing on a level). Such an entry is history: it is never rewritten or deleted, only versioned or retired. The
 * features' repositories implement it, each with one query for any number of ids, because they depend on the
 * catalogue, not the other way round. Asked with non-empty collections only.
 */
public interface CatalogueReferences {

	/** Of the given need versions, those this feature keeps records of. */
	default Set<Long> referencedNeeds(Collection<Long> needIds) {
		return Set.of();
	}

	/** Of the given level ranks, those this feature's records show. */
	default Set<Integer> referencedLevelRanks(Collection<Integer> ranks) {
		return Set.of();
	}
}
