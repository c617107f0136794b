package org.archivist.ingest.archive;

import java.util.List;

/**
 * The result of parsing one page: the archive's own category (null when the page names none),
 * the articles in page order, and every block that did not become part of an article and is not
 * known chrome, so that nothing disappears silently.
 */
public record ParsedPage(String archiveCategory, List<ParsedArticle> articles, List<SkippedBlock> skipped) {

    public ParsedPage {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }
}
