package org.archivist.ingest.archive;

/** A block of a page that did not become part of an article: why, and its first characters. */
public record SkippedBlock(String reason, String excerpt) {

    private static final int EXCERPT_LENGTH = 80;

    /** A skipped block whose excerpt is the text's first characters, whitespace collapsed. */
    public static SkippedBlock of(String reason, String text) {
        String collapsed = text.strip().replaceAll("\\s+", " ");
        String excerpt = collapsed.length() <= EXCERPT_LENGTH ? collapsed
                : collapsed.substring(0, EXCERPT_LENGTH) + "…";
        return new SkippedBlock(reason, excerpt);
    }
}
