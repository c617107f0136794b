package org.archivist.enrich.article;

import org.archivist.web.ProblemAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of enrich-service's HTTP API as RFC 9457 {@code application/problem+json}: Spring MVC's own
 * (unsupported media type, an unreadable body, …) through the base class, an unusable article below.
 */
@RestControllerAdvice
class ProblemDetails extends ProblemAdvice {

    ProblemDetails() {
        super("a JSON article");
    }

    @ExceptionHandler
    ProblemDetail invalidPreview(InvalidPreviewException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid article", e.getMessage());
        problem.setProperty("errors", e.problems());
        return problem;
    }
}
