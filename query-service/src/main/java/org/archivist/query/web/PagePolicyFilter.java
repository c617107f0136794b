package org.archivist.query.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends the page's Content-Security-Policy ({@link PagePolicy}) with its document, {@code /} and
 * {@code /index.html}. A header rather than a {@code <meta>} tag: the policy names the configured ingest origin,
 * and a meta policy in the static file could only be narrowed, never widened, by anything added later.
 */
class PagePolicyFilter extends OncePerRequestFilter {

    private final String policy;

    PagePolicyFilter(String policy) {
        this.policy = policy;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/") || path.equals("/index.html"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", policy);
        chain.doFilter(request, response);
    }
}
