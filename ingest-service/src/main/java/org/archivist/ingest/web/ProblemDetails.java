package org.archivist.ingest.web;

import java.util.List;

import org.archivist.ingest.archive.NoArticleFoundException;
import org.archivist.ingest.archive.PageDecodingException;
import org.archivist.ingest.article.InvalidArticleException;
import org.archivist.ingest.fetch.InvalidFetchRequestException;
import org.archivist.ingest.publish.ArticleTooLargeException;
import org.archivist.ingest.publish.PublishFailedException;
import org.archivist.web.ProblemAdvice;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.archivist.ingest.IngestSettings;

/**
 * Every error of ingest-service as RFC 9457 {@code application/problem+json}: Spring MVC's own
 * (malformed JSON, unsupported media type, …) through the base class, ours below.
 */
@RestControllerAdvice
class ProblemDetails extends ProblemAdvice {

    private final IngestSettings settings;

    ProblemDetails(IngestSettings settings) {
        super("valid JSON");
        this.settings = settings;
    }

    @ExceptionHandler
    ProblemDetail invalidArticle(InvalidArticleException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid article", e.getMessage());
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidFetch(InvalidFetchRequestException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid fetch request", e.getMessage());
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail undecodablePage(PageDecodingException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unreadable page", e.getMessage());
        if (e.byteOffset() >= 0) {
            problem.setProperty("byteOffset", e.byteOffset());
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail articleTooLarge(ArticleTooLargeException e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "Article too large for Kafka", e.getMessage());
        problem.setProperty("articleId", e.articleId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail noArticle(NoArticleFoundException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "No article found", e.getMessage());
        problem.setProperty("archiveCategory", e.page().archiveCategory());
        problem.setProperty("skipped", e.page().skipped());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail brokenWarc(WarcController.BrokenWarcException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unreadable WARC file", e.getMessage());
        problem.setProperty("recordsRead", e.recordsRead());
        problem.setProperty("byteOffset", e.byteOffset());
        problem.setProperty("published", e.published());
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> kafkaUnavailable(PublishFailedException e) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Kafka unavailable", e.getMessage()
                + (e.outcomeUnknown() ? ". The articles may or may not be published; posting them again is safe."
                        : ". Nothing was published; retry later."));
        problem.setProperty("outcome", e.outcomeUnknown() ? "unknown" : "not-published");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(settings.retryAfter().toSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<String> accepted = e.getSupportedMediaTypes().stream().map(MediaType::toString).toList();
        ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "Content-Type '" + e.getContentType() + "' is not accepted here; send one of " + accepted + ".");
        problem.setProperty("accepted", accepted);
        return handleExceptionInternal(e, problem, headers, status, request);
    }
}
