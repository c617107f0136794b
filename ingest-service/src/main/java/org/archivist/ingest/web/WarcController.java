package org.archivist.ingest.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.archivist.contract.Article;
import org.archivist.ingest.archive.ArchivePageParser;
import org.archivist.ingest.archive.PageDecoder;
import org.archivist.ingest.archive.PageDecodingException;
import org.archivist.ingest.archive.ParsedPage;
import org.archivist.ingest.article.ArticleFactory;
import org.archivist.ingest.publish.ArticlePublisher;
import org.archivist.ingest.publish.IngestMetrics;
import org.archivist.ingest.warc.WarcCaptures;
import org.archivist.ingest.warc.WarcReadException;
import org.archivist.web.AuditTrail;
import org.archivist.web.SecuritySettings;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/archives} with {@code Content-Type: application/warc}: reads a web archive as a stream, puts each
 * HTML page it captured with status 200 through the same parser as a posted page (so archive pages are split), and
 * publishes the articles of every 50 pages in a transaction, with {@code url} the capture's
 * {@code WARC-Target-URI} and {@code capturedAt} its date. A file breaking off mid-way is answered with 422 naming
 * the records read and the articles already published; posting the file again is safe (same ids, newer versions).
 */
@RestController
class WarcController {

    static final int LISTED_SKIPS = 1_000;
    /**
     * Pages published together, in one Kafka transaction: one transaction per page left a 200 MB crawl waiting
     * 10–13 ms per page for its commit (docs/BENCHMARKS.md). Small enough to stay far below the transaction
     * timeout and Kafka's request size.
     */
    static final int PAGES_PER_TRANSACTION = 50;
    static final String APPLICATION_WARC = "application/warc";

    private final ArchivePageParser parser = new ArchivePageParser();
    private final PageDecoder decoder = new PageDecoder();
    private final ArticleFactory factory;
    private final ArticlePublisher publisher;
    private final AuditTrail audit;
    private final WarcCaptures captures;

    WarcController(ArticleFactory factory, ArticlePublisher publisher, AuditTrail audit, SecuritySettings security,
            IngestMetrics metrics) {
        this.factory = factory;
        this.publisher = metrics.counting("warc", publisher);
        this.audit = audit;
        // A page in a web archive may be as large as a page posted on its own.
        this.captures = new WarcCaptures(security.maxBodySize().toBytes());
    }

    /** Documented with the page upload ({@link ArchiveController}): one operation, three body types. */
    @Operation(hidden = true)
    @PostMapping(path = "/api/archives", consumes = APPLICATION_WARC)
    ResponseEntity<WarcResult> post(HttpServletRequest request,
            @RequestParam(defaultValue = ArticleFactory.DEFAULT_SOURCE) String source,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        Import run = new Import(source, dryRun);
        long records;
        try {
            // The body stream is bounded by the WARC limit: past it, reading throws (413).
            records = captures.read(request.getInputStream(), run);
            run.publishPending();
        } catch (WarcReadException e) {
            // The pages read before the break are whole: they are published, and the answer says so.
            run.publishPending();
            throw new BrokenWarcException(e, run.articles.size(), dryRun);
        } finally {
            if (!dryRun && !run.articles.isEmpty()) {
                audit.record("WARC_PUBLISHED", PublishAudit.details(run.articles.size(), List.of(source),
                        run.articles.keySet()));
            }
        }
        WarcResult result = new WarcResult(records, run.pages, List.copyOf(run.articles.values()), run.listed,
                run.byReason);
        return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.ACCEPTED).body(result);
    }

    /** An article of a page, and the address the answer lists it under (the page's, when the post has none). */
    private record Found(Article article, String url) {
    }

    /** One request's import: each page parsed as it comes, and published with the pages before it in batches. */
    private final class Import implements WarcCaptures.Visitor {

        private final String source;
        private final boolean dryRun;
        /** Articles published (in a dry run, found), one entry per id: a later capture replaced the earlier. */
        private final Map<String, WarcResult.ArticleRef> articles = new LinkedHashMap<>();
        /** Ids of the articles met whole so far. */
        private final Set<String> whole = new HashSet<>();
        /** Articles read since the last batch, each with the address it is listed under. */
        private final List<Found> pending = new ArrayList<>();
        private int pendingPages;
        private final List<WarcCaptures.Skipped> listed = new ArrayList<>();
        private final Map<String, Long> byReason = new TreeMap<>();
        private int pages;

        Import(String source, boolean dryRun) {
            this.source = source;
            this.dryRun = dryRun;
        }

        @Override
        public void page(WarcCaptures.Page page) {
            pages++;
            ParsedPage parsed;
            try {
                // Read as a fetched page is: leniently, the charset guessed when the page declares none.
                parsed = parser.parse(decoder.decodeFetched(page.html(), page.charset(),
                        ArchivePageParser.Format.HTML), ArchivePageParser.Format.HTML);
            } catch (PageDecodingException e) {
                skipped(new WarcCaptures.Skipped(page.url(), "response", 200, "not readable text: "
                        + e.getMessage()));
                return;
            }
            if (parsed.articles().isEmpty()) {
                skipped(new WarcCaptures.Skipped(page.url(), "response", 200, "no article found in the page"));
                return;
            }
            List<Article> found = new ArrayList<>();
            for (var draft : parsed.drafts(page.url(), source)) {
                Article article = factory.create(draft, page.capturedAt());
                // A listing's teaser of a post whose whole page this crawl holds too (captured before or after it)
                // must not replace the whole post: the two share the post's URL, so its id.
                if (article.excerpt() && whole.contains(article.id())) {
                    skipped(new WarcCaptures.Skipped(article.url(), "response", 200,
                            "an excerpt of a post whose whole page the file holds"));
                    continue;
                }
                if (!article.excerpt()) {
                    whole.add(article.id());
                }
                found.add(article);
            }
            if (found.isEmpty()) {
                return;
            }
            found.forEach(article -> pending.add(new Found(article, article.url() != null ? article.url() : page.url())));
            if (++pendingPages >= PAGES_PER_TRANSACTION) {
                publishPending();
            }
        }

        /** Publishes the pages read since the last batch, in one transaction (nothing in a dry run). */
        void publishPending() {
            if (pending.isEmpty()) {
                return;
            }
            if (!dryRun) {
                publisher.publish(pending.stream().map(Found::article).toList());
            }
            pending.forEach(found -> articles.put(found.article().id(), new WarcResult.ArticleRef(found.article().id(),
                    found.url(), found.article().title(), found.article().capturedAt())));
            pending.clear();
            pendingPages = 0;
        }

        @Override
        public void skipped(WarcCaptures.Skipped skipped) {
            byReason.merge(skipped.reason(), 1L, Long::sum);
            boolean capture = "response".equals(skipped.recordType()) || "revisit".equals(skipped.recordType());
            if (capture && listed.size() < LISTED_SKIPS) {
                listed.add(skipped);
            }
        }
    }

    /** A WARC file that broke off, with what was published before the break. */
    static final class BrokenWarcException extends RuntimeException {

        private final long recordsRead;
        private final long byteOffset;
        private final int published;

        BrokenWarcException(WarcReadException cause, int articles, boolean dryRun) {
            super(cause.getMessage() + (dryRun ? "." : ". The " + articles + " article(s) of the records before the "
                    + "break were published; posting the whole file again is safe (same ids, newer versions)."),
                    cause);
            this.recordsRead = cause.recordsRead();
            this.byteOffset = cause.byteOffset();
            this.published = dryRun ? 0 : articles;
        }

        long recordsRead() {
            return recordsRead;
        }

        long byteOffset() {
            return byteOffset;
        }

        int published() {
            return published;
        }
    }
}
