package org.archivist.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The security chain's refusals as problem details: 401 for a missing or unknown key, 403 for a key whose role
 * is too low. An unknown key also spends one of its address's failed attempts and leaves an audit event
 * (refusals by role are audited by {@link AuthorizationFailureAudit}).
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler {

    private final TokenBuckets failedAttempts;
    private final AuditTrail audit;

    SecurityProblems(TokenBuckets failedAttempts, AuditTrail audit) {
        this.failedAttempts = failedAttempts;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        failedAttempts.take(request.getRemoteAddr());
        audit.record(request, "anonymous", null, AuditTrail.AUTHENTICATION_FAILURE,
                Map.of("method", request.getMethod(), "path", request.getRequestURI()));
        commence(request, response, exception);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String detail = exception instanceof BadCredentialsException
                ? "The API key is not one this service knows."
                : "This needs an API key: send it as 'X-API-Key: <key>' or 'Authorization: Bearer <key>'.";
        response.setHeader("WWW-Authenticate", "Bearer realm=\"archivist\"");
        ProblemResponses.write(request, response, ProblemResponses.problem(HttpStatus.UNAUTHORIZED, "Unauthorized", detail));
    }

    /** Only a checked key reaches here: Spring Security sends a request without one to {@link #commence}. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        ApiKeys.Holder holder = ((ApiKeyAuthentication) SecurityContextHolder.getContext().getAuthentication()).holder();
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.FORBIDDEN, "Forbidden",
                "The key '" + holder.name() + "' has the role " + holder.role().label() + ", which may not "
                        + request.getMethod() + " " + request.getRequestURI() + ".");
        problem.setProperty("role", holder.role().label());
        ProblemResponses.write(request, response, problem);
    }
}
