package org.archivist.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds each key to its budget of state-changing requests ({@code archivist.security.writes}); runs after
 * authorization, so only requests that would be served spend the budget.
 */
final class WriteRateLimitFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final TokenBuckets writes;
    private final SecuritySettings.Budget budget;

    WriteRateLimitFilter(TokenBuckets writes, SecuritySettings.Budget budget) {
        this.writes = writes;
        this.budget = budget;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!READS.contains(request.getMethod()) && authentication instanceof ApiKeyAuthentication key
                && key.holder() != null) {
            Duration wait = writes.take(key.holder().name());
            if (!wait.isZero()) {
                ProblemResponses.tooManyRequests(request, response, wait, "The key '" + key.holder().name()
                        + "' has used its budget of " + budget.requests() + " writes per " + budget.per().toSeconds() + " s.");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
