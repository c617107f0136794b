package org.archivist.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem from a servlet filter, where no controller advice can: the refusals of the
 * security chain (401, 403, 429) and a declared body over the limit (413) are the same {@link ProblemDetail},
 * written the way Spring MVC writes the problems of the controllers.
 */
final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

    private ProblemResponses() {
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        // JSON is UTF-8 by definition (RFC 8259): no charset parameter, as Spring MVC's own problems.
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    static void tooManyRequests(HttpServletRequest request, HttpServletResponse response, Duration wait,
            String detail) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                detail + " Retry after " + seconds + " s.");
        problem.setProperty("retryAfterSeconds", seconds);
        write(request, response, problem);
    }
}
