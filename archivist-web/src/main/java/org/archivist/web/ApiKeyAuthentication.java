package org.archivist.web;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request's API key: first as presented (unauthenticated, holding the key until the provider has checked it),
 * then as the holder it belongs to. Its name is never the key: logs and audit events may show it safely.
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final ApiKeys.Holder holder;
    private final String client;
    private String presented;

    private ApiKeyAuthentication(ApiKeys.Holder holder, String presented, String client) {
        super(holder == null ? List.of() : holder.role().authorities());
        this.holder = holder;
        this.presented = presented;
        this.client = client;
        setAuthenticated(holder != null);
    }

    static ApiKeyAuthentication presented(String key, String client) {
        return new ApiKeyAuthentication(null, key, client);
    }

    static ApiKeyAuthentication of(ApiKeys.Holder holder, String client) {
        return new ApiKeyAuthentication(holder, null, client);
    }

    /** The key's holder; null while unchecked. */
    public ApiKeys.Holder holder() {
        return holder;
    }

    /** The address the request came from. */
    public String client() {
        return client;
    }

    @Override
    public Object getPrincipal() {
        return holder == null ? "unchecked API key" : holder.name();
    }

    @Override
    public Object getCredentials() {
        return presented;
    }

    @Override
    public void eraseCredentials() {
        presented = null;
        super.eraseCredentials();
    }
}
