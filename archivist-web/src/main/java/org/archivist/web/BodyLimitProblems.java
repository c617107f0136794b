package org.archivist.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers a body that grew past the limit while a controller read it, as the filter answers a declared one. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodyLimitProblems {

    @ExceptionHandler
    ProblemDetail tooLarge(BodyTooLargeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("Body too large");
        problem.setProperty("limitBytes", e.limit());
        return problem;
    }
}
