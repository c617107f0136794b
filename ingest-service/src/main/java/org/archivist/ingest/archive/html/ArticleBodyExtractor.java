package org.archivist.ingest.archive.html;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The body of a single-article page, in layers: content roots found with the page's class and id names
 * trusted ({@link HtmlChrome.Level#CLASS_WORDS}); when that leaves a body too short to be the article, again
 * with only structural chrome ({@link HtmlChrome.Level#STRUCTURE}), which must then find at least twice as much.
 * Readability retries the same way when its "unlikely candidate" rule has removed the body.
 */
final class ArticleBodyExtractor {

    /** A body shorter than this (non-whitespace characters) makes the extractor try the next layer. */
    private static final int SHORT_BODY = 500;

    /** What one layer found. */
    record Extraction(List<Element> roots, HtmlTextStats stats, HtmlArticleMetadata metadata,
            HtmlBodyWalker.HtmlBody body) {

        int length() {
            int length = 0;
            for (String paragraph : body.paragraphs()) {
                length += HtmlTextStats.nonWhitespace(paragraph);
            }
            return length;
        }
    }

    private ArticleBodyExtractor() {
    }

    /** The best layer's extraction, or null when no layer finds any content root. */
    static Extraction extract(Document document, HtmlTextStats strictStats) {
        Extraction strict = layer(document, strictStats);
        if (strict != null && strict.length() >= SHORT_BODY) {
            return strict;
        }
        Extraction relaxed = layer(document, HtmlTextStats.measure(document, HtmlChrome.Level.STRUCTURE));
        if (relaxed == null) {
            return strict;
        }
        // A short article stays as found: the relaxed layer must find far more, not a newsletter box more.
        return strict == null || relaxed.length() >= 2 * strict.length() ? relaxed : strict;
    }

    private static Extraction layer(Document document, HtmlTextStats stats) {
        List<Element> roots = MainContentExtractor.roots(document, stats);
        if (roots.isEmpty()) {
            return null;
        }
        HtmlArticleMetadata metadata = HtmlArticleMetadata.read(document, roots);
        HtmlBodyWalker.HtmlBody body = HtmlBodyWalker.walk(roots, new HtmlDocumentLinks(document), stats,
                metadata.title(), true);
        return new Extraction(roots, stats, metadata, body);
    }
}
