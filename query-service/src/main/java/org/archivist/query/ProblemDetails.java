package org.archivist.query;

import java.io.IOException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.archivist.query.deletion.DeletionFailedException;
import org.archivist.query.deletion.InvalidDeletionException;
import org.archivist.web.ProblemAdvice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every error of query-service as RFC 9457 {@code application/problem+json}. */
@RestControllerAdvice
class ProblemDetails extends ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetails.class);
    /** What a 503 asks clients to wait: Elasticsearch and Kafka outages the services ride out are seconds long. */
    private static final String RETRY_AFTER_SECONDS = "5";

    ProblemDetails() {
        super("JSON");
    }

    @ExceptionHandler
    ProblemDetail notFound(ArticleNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Article not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidSearch(InvalidSearchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid search", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidDeletion(InvalidDeletionException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid deletion", e.getMessage());
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> deletionFailed(DeletionFailedException e) {
        log.warn("Deletion failed: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Deletion not published", e.getMessage()
                        + ". Repeating the request is safe."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> searchUnavailable(IOException e) {
        log.warn("Elasticsearch request failed: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Search unavailable",
                        "Elasticsearch cannot be reached right now; retry shortly."));
    }

    @ExceptionHandler
    ProblemDetail elasticsearchRefused(ElasticsearchException e) {
        log.warn("Elasticsearch refused a request: {}", e.getMessage());
        return problem(HttpStatus.BAD_GATEWAY, "Search failed", "Elasticsearch refused the request: "
                + e.error().type() + ".");
    }
}
