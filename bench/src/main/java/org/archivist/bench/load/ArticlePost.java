package org.archivist.bench.load;

import java.util.List;

import org.archivist.contract.Footnote;

/** One article as a client posts it to {@code POST /api/articles}; the server fills id, hashes and times. */
record ArticlePost(String source, String url, String title, List<String> authors, String publishedAt,
        List<String> sourceCategories, List<String> tags, List<String> paragraphs, List<Footnote> footnotes) {
}
