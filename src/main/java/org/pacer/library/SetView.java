package org.pacer.library;

import java.util.List;

/** A set with the current version of each of its templates, by level of need, then name. */
public record SetView(long id, String name, String description, List<TemplateView> templates) {
}
