package org.archivist.ingest.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.archivist.ingest.IngestSettings;

/**
 * Rejects a request whose declared {@code Content-Length} is over the limit before anything reads
 * its body. Chunked bodies have no declared length; the archive endpoint bounds those as it reads.
 */
@Component
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final IngestSettings settings;
    private final HandlerExceptionResolver resolver;

    BodySizeLimitFilter(IngestSettings settings, HandlerExceptionResolver handlerExceptionResolver) {
        this.settings = settings;
        this.resolver = handlerExceptionResolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = settings.maxBodySize().toBytes();
        if (request.getContentLengthLong() > limit) {
            // Resolved by ProblemDetails, so the answer is the same problem+json as everywhere else.
            resolver.resolveException(request, response, null, new BodyTooLargeException(limit));
            return;
        }
        chain.doFilter(request, response);
    }
}
