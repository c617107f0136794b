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

    /**
     * The page's articles ready for the factory: their links made absolute against {@code pageUrl}, the source and
     * the archive category filled in where an article has none, and the page's own URL given to its article when the
     * page holds just that one (on a listing it would give every post the same id).
     */
    public List<ArticleDraft> drafts(String pageUrl, String source) {
        String singleUrl = articles.size() == 1 ? pageUrl : null;
        return articles.stream()
                .map(draft -> draft.resolvedAgainst(pageUrl).withDefaults(source, singleUrl, archiveCategory))
                .toList();
    }

    /** A page with no next page. */
    public ParsedPage(String archiveCategory, List<ArticleDraft> articles, List<SkippedBlock> skipped) {
        this(archiveCategory, articles, skipped, null);
    }
}
