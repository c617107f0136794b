package org.archivist.ingest.archive;

/**
 * Parses a whole page, already decoded to a string, into articles. Implementations never throw on
 * odd input: a page with no article yields an empty {@link ParsedPage#articles()} list.
 */
public interface PageParser {

    ParsedPage parse(String page);
}
