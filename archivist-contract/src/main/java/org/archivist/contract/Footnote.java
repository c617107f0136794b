package org.archivist.contract;

/** A numbered note at the end of an article, its text kept verbatim as the page had it. */
public record Footnote(int number, String text) {
}
