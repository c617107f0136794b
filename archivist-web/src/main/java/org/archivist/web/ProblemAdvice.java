package org.archivist.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The base of each service's controller advice: Spring MVC's own errors (unsupported media type, missing
 * parameter, …) as RFC 9457 problems through {@link ResponseEntityExceptionHandler}, an unreadable body named as
 * what the service expected, and one way to make a problem with a title.
 */
public abstract class ProblemAdvice extends ResponseEntityExceptionHandler {

    private final String expectedBody;

    /** @param expectedBody what the body should have been, for "The body is not …" ({@code "valid JSON"}) */
    protected ProblemAdvice(String expectedBody) {
        this.expectedBody = expectedBody;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Malformed request body",
                "The body is not " + expectedBody + ": " + firstLine(e.getMostSpecificCause().getMessage()));
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    protected static ProblemDetail problem(HttpStatus status, String title, String detail) {
        return ProblemResponses.problem(status, title, detail);
    }

    /** A parser's message without the source excerpt it appends on later lines. */
    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
