package org.archivist.ingest.fetch;

import java.net.URI;
import java.net.URISyntaxException;

/** The addresses a feed or sitemap may hand on to be fetched: absolute http or https with a host, nothing else. */
final class FetchableUrl {

    private FetchableUrl() {
    }

    /** True for an absolute http or https address (any case) with a host that parses as a URI. */
    static boolean is(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
