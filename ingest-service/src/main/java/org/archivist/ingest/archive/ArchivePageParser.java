package org.archivist.ingest.archive;

import org.archivist.ingest.archive.html.HtmlPageParser;
import org.archivist.ingest.archive.text.TextArchiveParser;

/**
 * The entry point for page parsing: picks the parser for the page's media type.
 * Stateless and thread-safe.
 */
public final class ArchivePageParser {

    /** The page formats ingest accepts. */
    public enum Format { TEXT, HTML }

    private final PageParser text = new TextArchiveParser();
    private final PageParser html = new HtmlPageParser();

    public ParsedPage parse(String page, Format format) {
        return switch (format) {
            case TEXT -> text.parse(page);
            case HTML -> html.parse(page);
        };
    }
}
