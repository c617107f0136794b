package org.archivist.web;

import java.io.IOException;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers every request with its trace as a W3C {@code traceparent} header, so that a client can quote the trace id
 * of its {@code 202} and an operator find the article in every service's logs (each line carries the trace id) or in
 * a trace backend. Runs inside the server's observation, which opened the request's span.
 */
final class TraceparentHeader extends OncePerRequestFilter {

    static final String HEADER = "traceparent";

    private final ObjectProvider<Tracer> tracer;

    /** @param tracer none in a service built without tracing: then no header */
    TraceparentHeader(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Tracer current = tracer.getIfAvailable();
        Span span = current == null ? null : current.currentSpan();
        if (span != null) {
            response.setHeader(HEADER, traceparent(span.context()));
        }
        chain.doFilter(request, response);
    }

    static String traceparent(TraceContext context) {
        return "00-" + context.traceId() + "-" + context.spanId() + "-"
                + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
    }
}
