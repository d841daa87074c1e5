package org.pacer.library;

import java.util.List;

import org.pacer.measure.MeasureService;
import org.pacer.relationship.MeasureSources;
import org.springframework.stereotype.Component;

/** A new relationship may start from a library set: one measure per template, at the template's current version. */
@Component
class LibrarySetSource implements MeasureSources {

	private static final String PREFIX = "library:";

	private final MeasureLibrary library;

	private final MeasureService measures;

	LibrarySetSource(MeasureLibrary library, MeasureService measures) {
		this.library = library;
		this.measures = measures;
	}

	@Override
	public String group() {
		return "Measure library";
	}

	@Override
	public List<Source> sources() {
		return library.sets().stream().filter(s -> !s.templates().isEmpty())
				.map(s -> new Source(PREFIX + s.id(), s.name() + " (" + s.templates().size() + " measures)")).toList();
	}

	@Override
	public void copy(String key, long relationshipId, String actor) {
		library.suggestionsOf(Long.parseLong(key.substring(PREFIX.length())))
				.forEach(template -> measures.define(relationshipId, template.draft(), actor));
	}
}
