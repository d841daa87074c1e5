package org.pacer.measure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Ready-made measures to start from: the measure library implements this, so "Define success measures" can offer
 * its templates while the measure module knows nothing of the library (the library depends on measures, not the
 * other way round).
 */
public interface MeasureSuggestions {

	/** The current version of every template for the given needs. */
	List<SuggestedMeasure> forNeeds(Collection<Long> needIds);

	/** A template as it is now. */
	Optional<SuggestedMeasure> current(long templateId);

	/** A template as it was at the given version, which a measure may name as its origin. */
	Optional<SuggestedMeasure> version(long templateId, int version);
}
