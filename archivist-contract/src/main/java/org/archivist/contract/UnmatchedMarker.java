package org.archivist.contract;

/** A marker {@code [number]} in the text with no footnote of that number. */
public record UnmatchedMarker(int number, int paragraph, int offset) {
}
