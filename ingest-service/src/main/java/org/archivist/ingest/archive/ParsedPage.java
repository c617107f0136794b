package org.archivist.ingest.archive;

import org.archivist.ingest.article.ArticleDraft;

import java.util.List;

/**
 * The result of parsing one page: the archive's own category (null when the page names none),
 * the articles in page order, every block that did not become part of an article and is not
 * known chrome, so that nothing disappears silently, and the listing's next page (older posts;
 * absolute when the page lets it be resolved, null when there is none or the page is one article).
 */
public record ParsedPage(String archiveCategory, List<ArticleDraft> articles, List<SkippedBlock> skipped,
        String nextPage) {

    public ParsedPage {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }

    /** A page with no next page. */
    public ParsedPage(String archiveCategory, List<ArticleDraft> articles, List<SkippedBlock> skipped) {
        this(archiveCategory, articles, skipped, null);
    }
}
