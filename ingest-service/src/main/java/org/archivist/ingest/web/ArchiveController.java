package org.archivist.ingest.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.archivist.contract.Article;
import org.archivist.web.AuditTrail;
import org.archivist.ingest.article.AbsoluteUrl;
import org.archivist.ingest.article.ArticleFactory;
import org.archivist.ingest.publish.ArticlePublisher;
import org.archivist.ingest.publish.IngestMetrics;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.archivist.ingest.archive.ArchivePageParser;
import org.archivist.ingest.archive.NoArticleFoundException;
import org.archivist.ingest.archive.PageDecoder;
import org.archivist.ingest.archive.ParsedPage;

/**
 * {@code POST /api/archives}: splits a whole page (plain text or HTML) into articles and publishes them
 * in one transaction; with {@code dryRun=true} it only shows what it would publish.
 */
@RestController
class ArchiveController {

    private final ArchivePageParser parser = new ArchivePageParser();
    private final PageDecoder decoder = new PageDecoder();
    private final ArticleFactory factory;
    private final ArticlePublisher publisher;
    private final AuditTrail audit;

    ArchiveController(ArticleFactory factory, ArticlePublisher publisher, AuditTrail audit, IngestMetrics metrics) {
        this.factory = factory;
        this.publisher = metrics.counting("archives", publisher);
        this.audit = audit;
    }

    @Operation(summary = "Split a page or a web archive into articles and publish them", description = "A blog "
            + "archive page or a single article as text/plain or text/html (up to archivist.security.max-body-size, "
            + "10 MB unless set): all its articles are published in one Kafka transaction. Or a WARC file (ISO 28500) "
            + "as application/warc, plain or gzipped per record, as Heritrix, Browsertrix or wget --warc-file write "
            + "them (up to max-body-size-by-type[application/warc], 1 GB unless set, streamed): each response record "
            + "with status 200 and an HTML payload is parsed like a posted page, its articles published with url = "
            + "WARC-Target-URI and capturedAt = WARC-Date, 50 pages per transaction. With dryRun=true nothing is "
            + "published and the answer is 200.", requestBody = @RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.TEXT_PLAIN_VALUE, schema = @Schema(type = "string")),
                    @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")),
                    @Content(mediaType = WarcController.APPLICATION_WARC, schema = @Schema(type = "string",
                            format = "binary")) }))
    @ApiResponse(responseCode = "200", description = "Dry run: what would be published (ArchiveResult for a page, "
            + "WarcResult for a WARC file)", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(oneOf = { ArchiveResult.class, WarcResult.class })))
    @ApiResponse(responseCode = "202", description = "Every article found is durable (ArchiveResult for a page, "
            + "WarcResult for a WARC file)", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(oneOf = { ArchiveResult.class, WarcResult.class })))
    @ApiResponse(responseCode = "400", description = "The page is not readable text in its charset (byteOffset says "
            + "where), or url is not an absolute http(s) URL (errors)")
    @ApiResponse(responseCode = "413", description = "Body over its limit (limitBytes), or an article larger than "
            + "Kafka takes (articleId names it); nothing was published")
    @ApiResponse(responseCode = "415", description = "Not text/plain, text/html or application/warc (accepted)")
    @ApiResponse(responseCode = "422", description = "A page with no article (skipped lists what was found), or a "
            + "WARC file that breaks off or is corrupt (recordsRead, byteOffset, and published: the articles of the "
            + "records before the break, published already)")
    @ApiResponse(responseCode = "503", description = "Kafka cannot take the write; see Retry-After. `outcome`: "
            + "`not-published`, or `unknown` when Kafka stopped answering during the commit (posting again is safe). "
            + "Of a WARC file, the batches before were published")
    @PostMapping(path = "/api/archives", consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE })
    ResponseEntity<ArchiveResult> post(HttpServletRequest request,
            @Parameter(description = "Where the page came from; every article gets it unless it names its own")
            @RequestParam(defaultValue = ArticleFactory.DEFAULT_SOURCE) String source,
            @Parameter(description = "The page's address (not with application/warc): an article without one of its "
                    + "own gets it, so its id. An absolute http or https URL", schema = @Schema(format = "uri"))
            @RequestParam(required = false) String url,
            @Parameter(description = "Only show what would be published") @RequestParam(defaultValue = "false")
            boolean dryRun) throws IOException {
        AbsoluteUrl.require("url", url); // the page URL may become an article's id key
        MediaType contentType = MediaType.parseMediaType(request.getContentType());
        ArchivePageParser.Format format = MediaType.TEXT_HTML.isCompatibleWith(contentType)
                ? ArchivePageParser.Format.HTML : ArchivePageParser.Format.TEXT;
        String charset = contentType.getParameter("charset");
        // The body stream is bounded by archivist.security.max-body-size: past it, reading throws (413).
        byte[] body = request.getInputStream().readAllBytes();
        if (body.length == 0) {
            throw new NoArticleFoundException("The body is empty: post the page's text or HTML.",
                    new ParsedPage(null, List.of(), List.of()));
        }
        ParsedPage page = parser.parse(decoder.decode(body, charset, format), format);
        if (page.articles().isEmpty()) {
            throw new NoArticleFoundException("No article was found in the page (" + page.skipped().size()
                    + " block(s) skipped, listed in 'skipped').", page);
        }
        List<Article> articles = page.drafts(url, source).stream().map(factory::create).toList();
        if (!dryRun) {
            publisher.publish(articles);
            audit.record("ARCHIVE_PUBLISHED", PublishAudit.details(articles));
        }
        ArchiveResult result = new ArchiveResult(page.archiveCategory(), articles, page.skipped(),
                AbsoluteUrl.resolve(url, page.nextPage()));
        return ResponseEntity.status(dryRun ? HttpStatus.OK : HttpStatus.ACCEPTED).body(result);
    }

}
