package org.archivist.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away requests that carry a key from an address that has used up its failed attempts, before the key
 * is checked: guessing keys costs a caller time, not us CPU. Requests without a key are not affected.
 */
final class FailedAttemptLimitFilter extends OncePerRequestFilter {

    private final TokenBuckets failedAttempts;

    FailedAttemptLimitFilter(TokenBuckets failedAttempts) {
        this.failedAttempts = failedAttempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ApiKeyCredentials.presentedKey(request) != null) {
            Duration wait = failedAttempts.waitFor(request.getRemoteAddr());
            if (!wait.isZero()) {
                ProblemResponses.tooManyRequests(request, response, wait,
                        "Too many requests with unknown API keys came from this address.");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
