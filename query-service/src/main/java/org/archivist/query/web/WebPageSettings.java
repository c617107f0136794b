package org.archivist.query.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the web page ({@code archivist.query.web.*}); defaults are in {@code application.yml}.
 *
 * @param ingestUrl where the browser reaches ingest-service, e.g. {@code http://localhost:8081} (a path prefix is
 *                  kept, for an ingest-service behind a proxy); the Add page posts there. Unset (null or blank): the
 *                  Add page says how to set it. ingest-service must list the page's origin in its
 *                  {@code archivist.security.cors.allowed-origins}
 */
@ConfigurationProperties("archivist.query.web")
public record WebPageSettings(String ingestUrl) {

    public WebPageSettings {
        ingestUrl = ingestUrl == null || ingestUrl.isBlank() ? null : checked(ingestUrl.strip());
    }

    /** The ingest URL's origin ({@code http://localhost:8081}), for the page's connect-src. */
    public Optional<String> ingestOrigin() {
        if (ingestUrl == null) {
            return Optional.empty();
        }
        URI uri = URI.create(ingestUrl);
        return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
    }

    /** An absolute http(s) URL without credentials, query or fragment, and without a trailing slash. */
    private static String checked(String value) {
        String problem = "archivist.query.web.ingest-url must be an absolute http or https URL such as "
                + "http://localhost:8081, without user, query or fragment; was '" + value + "'";
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(problem, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(problem);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return scheme + "://" + uri.getRawAuthority() + path;
    }
}
