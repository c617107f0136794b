package org.archivist.ingest.fetch;

/** A URL its site's robots.txt keeps this crawler from; the job lists it as skipped, not failed. */
public final class RobotsDisallowedException extends Exception {

    private final String url;

    public RobotsDisallowedException(String url, String reason) {
        super(reason);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
