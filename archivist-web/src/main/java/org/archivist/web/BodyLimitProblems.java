package org.archivist.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The 413 of a body over the limit: found while a controller read it, or declared ({@link BodySizeLimitFilter}). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodyLimitProblems {

    @ExceptionHandler
    ProblemDetail tooLarge(BodyTooLargeException e) {
        return problem(e);
    }

    static ProblemDetail problem(BodyTooLargeException e) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.CONTENT_TOO_LARGE, "Body too large", e.getMessage());
        problem.setProperty("limitBytes", e.limit());
        return problem;
    }
}
