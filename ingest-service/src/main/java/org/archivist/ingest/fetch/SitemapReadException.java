package org.archivist.ingest.fetch;

/** A body that {@link SitemapReader} cannot or will not read as a sitemap; the message says why. */
public class SitemapReadException extends RuntimeException {

    public SitemapReadException(String message) {
        super(message);
    }

    public SitemapReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
