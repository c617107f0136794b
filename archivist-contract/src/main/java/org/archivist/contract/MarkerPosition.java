package org.archivist.contract;

/** Where a footnote marker stands: paragraph index (0-based) and character offset within it. */
public record MarkerPosition(int paragraph, int offset) {
}
