package org.pacer.catalogue;

/** What an administrator says of a hierarchy level; a null is a field left empty or not a number. */
public record LevelDetails(Integer rank, String name, String description, Integer minMaturity) {
}
