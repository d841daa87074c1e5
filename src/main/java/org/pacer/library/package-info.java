/**
 * The measure library: sets of measure templates, each for one persistent need of the catalogue, that managers
 * start their measures from. Its public API is {@link org.pacer.library.MeasureLibrary} and the records it answers
 * with; it offers its templates to "Define success measures" ({@link org.pacer.measure.MeasureSuggestions}) and its
 * sets to a new relationship ({@link org.pacer.relationship.MeasureSources}).
 */
package org.pacer.library;
