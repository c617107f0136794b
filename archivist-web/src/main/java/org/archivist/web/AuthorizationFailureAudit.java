package org.archivist.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.actuate.security.AbstractAuthorizationAuditListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.authorization.event.AuthorizationEvent;
import org.springframework.security.core.Authentication;

/**
 * Records each refused request (a missing key where one is needed, or a role too low) as an
 * {@code AUTHORIZATION_FAILURE} audit event in the same shape as every other: key name, role, client, method
 * and path. Replaces Boot's own listener, whose events carry the session and no path.
 */
final class AuthorizationFailureAudit extends AbstractAuthorizationAuditListener {

    private final AuditTrail audit;

    AuthorizationFailureAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void onApplicationEvent(AuthorizationEvent event) {
        if (event instanceof AuthorizationDeniedEvent<?> denied && denied.getSource() instanceof HttpServletRequest request) {
            Authentication authentication = denied.getAuthentication().get();
            Map<String, Object> details = Map.of("method", request.getMethod(), "path", request.getRequestURI());
            if (authentication instanceof ApiKeyAuthentication key && key.holder() != null) {
                audit.record(request, key.holder().name(), key.holder().role(), AuditTrail.AUTHORIZATION_FAILURE, details);
            } else {
                audit.record(request, "anonymous", null, AuditTrail.AUTHORIZATION_FAILURE, details);
            }
        }
    }
}
