package org.archivist.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads the key a client sends: {@code X-API-Key: <key>}, or {@code Authorization: Bearer <key>}. Keys in
 * URLs are not read: they would end up in access logs, browser history and referrers.
 */
final class ApiKeyCredentials implements AuthenticationConverter {

    static final String HEADER = "X-API-Key";

    @Override
    public ApiKeyAuthentication convert(HttpServletRequest request) {
        String key = presentedKey(request);
        return key == null ? null : ApiKeyAuthentication.presented(key, request.getRemoteAddr());
    }

    /** The key the request carries, or null when it carries none. */
    static String presentedKey(HttpServletRequest request) {
        String key = request.getHeader(HEADER);
        if (key != null) {
            return key.strip();
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        return null;
    }
}
