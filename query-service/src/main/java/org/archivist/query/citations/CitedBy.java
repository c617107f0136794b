package org.archivist.query.citations;

import java.util.ArrayList;
import java.util.List;

import org.archivist.contract.Footnote;
import org.archivist.query.index.IndexedArticle;

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

        /** The article's footnotes whose links name {@code citedId} (none when it does not cite it). */
        static CitingArticle of(IndexedArticle article, String citedId) {
            List<CitingFootnote> footnotes = new ArrayList<>();
            for (int number : CitationDocuments.linksTo(article, citedId)) {
                String text = article.footnotes().stream().filter(footnote -> footnote.number() == number)
                        .map(Footnote::text).findFirst().orElse(null);
                footnotes.add(new CitingFootnote(number, text));
            }
            return new CitingArticle(article.id(), article.title(),
                    article.publishedAt() == null ? null : article.publishedAt().toString(), footnotes);
        }
    }

    /** One footnote of a citing article: its number and its text as written. */
    record CitingFootnote(int number, String text) {
    }
}
