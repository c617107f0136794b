package org.archivist.ingest.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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
import org.springframework.http.ProblemDetail;
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

    @Operation(summary = "Split a page into articles and publish them", description = "A blog archive page or a "
            + "single article, as text/plain or text/html. All its articles are published in one Kafka transaction; "
            + "with dryRun=true nothing is published and the answer is 200.")
    @ApiResponse(responseCode = "200", description = "Dry run: what would be published")
    @ApiResponse(responseCode = "202", description = "Every article of the page is durable")
    @ApiResponse(responseCode = "400", description = "The body is not readable text in its charset (byteOffset says where)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "Body over the size limit, or an article larger than Kafka takes "
            + "(articleId names it); nothing was published",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "Not text/plain or text/html",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "No article found in the page; skipped lists what was found",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Kafka cannot take the write; see Retry-After. `outcome`: "
            + "`not-published`, or `unknown` when Kafka stopped answering during the commit (posting again is safe)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/api/archives", consumes = { MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE })
    ResponseEntity<ArchiveResult> post(HttpServletRequest request,
            @RequestParam(defaultValue = ArticleFactory.DEFAULT_SOURCE) String source,
            @RequestParam(required = false) String url,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
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
