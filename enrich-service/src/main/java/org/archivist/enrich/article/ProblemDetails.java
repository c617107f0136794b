package org.archivist.enrich.article;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of enrich-service's HTTP API as RFC 9457 {@code application/problem+json}: Spring MVC's own
 * (unsupported media type, …) through the base class, an unreadable body and an unusable article below.
 */
@RestControllerAdvice
class ProblemDetails extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail invalidPreview(InvalidPreviewException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid article", e.getMessage());
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Malformed request body",
                "The body is not a JSON article: " + firstLine(e.getMostSpecificCause().getMessage()));
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
