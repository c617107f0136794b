package org.archivist.query.web;

import java.util.Optional;

/**
 * The Content-Security-Policy of the web page's document. Everything comes from this service and API text is never
 * markup; the policy backs that up. The one other origin the page may reach is ingest-service's, for the Add page,
 * so the policy is built from the settings rather than fixed in the HTML.
 */
final class PagePolicy {

    private PagePolicy() {
    }

    /** The policy, with {@code ingestOrigin} (e.g. {@code http://localhost:8081}) allowed to be connected to. */
    static String contentSecurityPolicy(Optional<String> ingestOrigin) {
        String connect = ingestOrigin.map(origin -> "'self' " + origin).orElse("'self'");
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src " + connect
                + "; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    }
}
