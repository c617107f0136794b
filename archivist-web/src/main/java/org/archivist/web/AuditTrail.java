package org.archivist.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.actuate.audit.listener.AuditApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records writes, deletes and admin actions as Spring Boot audit events: who (the key's name and role, never
 * the key), what, on which ids or how many, and from which address. {@link LoggingAuditEventRepository} logs
 * each as one JSON line and {@code /actuator/auditevents} (admin) lists the recent ones.
 */
public final class AuditTrail {

    public static final String AUTHENTICATION_FAILURE = "AUTHENTICATION_FAILURE";
    public static final String AUTHORIZATION_FAILURE = "AUTHORIZATION_FAILURE";

    private final ApplicationEventPublisher events;

    public AuditTrail(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * Records an action of the current request's key.
     *
     * @param action  what was done, upper snake case as Boot's own audit types ({@code ARTICLES_PUBLISHED})
     * @param details ids, counts and parameters; never payloads or keys
     */
    public void record(String action, Map<String, Object> details) {
        HttpServletRequest request = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes
                attributes ? attributes.getRequest() : null;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ApiKeyAuthentication key && key.holder() != null) {
            record(request, key.holder().name(), key.holder().role(), action, details);
        } else {
            record(request, "anonymous", null, action, details);
        }
    }

    void record(HttpServletRequest request, String principal, Role role, String action, Map<String, Object> details) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (role != null) {
            data.put("role", role.label());
        }
        if (request != null) {
            data.put("client", request.getRemoteAddr());
        }
        data.putAll(details);
        events.publishEvent(new AuditApplicationEvent(principal, action, data));
    }
}
