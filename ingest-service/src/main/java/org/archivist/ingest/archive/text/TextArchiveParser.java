package org.archivist.ingest.archive.text;

import java.util.List;
import org.archivist.ingest.archive.PageParser;
import org.archivist.ingest.archive.ParsedPage;
import org.archivist.ingest.archive.SkippedBlock;

/**
 * Plain-text archive pages (copy-paste, {@code lynx -dump}, scraper output): many WordPress posts
 * one after another with the theme's chrome between them, or a single article. The shapes are
 * described in docs/ARCHIVE-FORMAT.md. Stateless and thread-safe; time and memory
 * grow linearly with the page.
 */
public final class TextArchiveParser implements PageParser {

    static final String UNPARSEABLE = "the page could not be parsed";

    @Override
    public ParsedPage parse(String page) {
        try {
            return new TextPage(TextLines.of(page)).parse();
        } catch (RuntimeException e) {
            // The contract is "never throws": a bug on one odd page must cost that page, not the request.
            String start = page == null ? "" : page.substring(0, Math.min(page.length(), 1000));
            return new ParsedPage(null, List.of(),
                    List.of(SkippedBlock.of(UNPARSEABLE + " (" + e.getClass().getSimpleName() + ")", start)));
        }
    }
}
