package org.archivist.ingest.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.archivist.ingest.warc.WarcCaptures;

/**
 * The answer to {@code POST /api/archives} with a WARC file: how many records it held, how many were HTML pages, the
 * articles found in them, and what was left out. {@code skipped} lists the captures left out (responses that are not
 * 200 or not HTML, revisits, pages without an article), the first {@value WarcController#LISTED_SKIPS};
 * {@code skippedByReason} counts every record left out, requests and the file's own records too.
 */
record WarcResult(long records, int pages, List<ArticleRef> articles, List<WarcCaptures.Skipped> skipped,
        Map<String, Long> skippedByReason) {

    /** One article: its id, the captured page's URL, its title, and when the archive captured the page. */
    @Schema(name = "WarcArticle")
    record ArticleRef(String id, String url, String title, Instant capturedAt) {
    }
}
