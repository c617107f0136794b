package org.archivist.contract;

/** A country named in the text: ISO 3166-1 alpha-2 code, English name, and how often it is mentioned. */
public record Place(String code, String name, int mentions) {
}
