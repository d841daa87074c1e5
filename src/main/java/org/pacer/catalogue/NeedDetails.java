package org.pacer.catalogue;

/** What an administrator says of a persistent need; a null is a field left empty or not one of the choices. */
public record NeedDetails(String name, String description, Perspective perspective, Long levelId) {
}
