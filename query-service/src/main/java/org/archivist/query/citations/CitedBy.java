package org.archivist.query.citations;

import java.util.List;

/**
 * The answer of {@code GET /api/articles/{id}/cited-by}: the stored articles with a footnote naming this one,
 * newest first.
 *
 * @param id      the cited article
 * @param citedBy the citing articles
 */
record CitedBy(String id, List<CitingArticle> citedBy) {

    /** A citing article and its footnotes that name the cited one. */
    record CitingArticle(String id, String title, String publishedAt, List<CitingFootnote> footnotes) {
    }

    /** One footnote of a citing article: its number and its text as written. */
    record CitingFootnote(int number, String text) {
    }
}
